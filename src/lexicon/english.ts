/**
 * English → Vietnamese (folded) glossary for questions asked in English. The translator applies the
 * phrases longest first on lowercased English and the result is parsed like a Vietnamese question,
 * so each English word maps to the words the ARTICLES use ("donation" → "ủng hộ", "hand over" →
 * "trao", "congress" → "đại hội"). Where the articles say one thing several ways, the rendering is
 * the one they use most, or the syllable the ways share ("flood" → "lũ" of "mưa lũ", "bão lũ", "lũ
 * lụt"): every extra word the evidence lacks lowers an answer's support.
 *
 * An entry is `'form|form|…', 'vietnamese'`: every form (inflections, spelling variants) gets the same
 * rendering. Possessives are written as people write them ("people's council"): the translator drops
 * "'s" from the question and from these keys alike. An English word no entry names is dropped.
 */

type Entry = readonly [forms: string, vi: string];

/** Question words and the forms that ask for a kind of answer. */
const QUESTION_WORDS: readonly Entry[] = [
  ['how many', 'bao nhieu'],
  ['how much money', 'bao nhieu tien'],
  // "how much did … give/raise": an amount of money, what follows is who gave it
  [
    'how much did|how much does|how much do|how much has|how much have|how much had|how much was|how much were|how much is|how much are|how much will',
    'bao nhieu tien',
  ],
  ['how much', 'bao nhieu'],
  ['what amount|what sum|what amount of money|what sum of money', 'bao nhieu tien'],
  ['how much support|how much aid|how much assistance|how much funding', 'bao nhieu tien ho tro'],
  ['how large|how big', 'bao nhieu dien tich'],
  ['what is the total', 'tong bao nhieu'],
  ['by how much', 'bao nhieu'],
  [
    'what percentage|what percent|what share|what proportion|what rate|which percentage|how many percent',
    'bao nhieu phan tram',
  ],
  ['what is the name of|what was the name of|what is the title of|what was the title of', 'ten la gi'],
  [
    'what kind of|what kinds of|what type of|what types of|what form of|in what form|what form|in what format|what format',
    'hinh thuc nao',
  ],
  // members of a body
  [
    'which provinces are in|which provinces make up|which provinces belong to|what provinces are in',
    'gom nhung tinh nao',
  ],
  ['which provinces are members of|what provinces make up|which provinces form', 'gom nhung tinh nao'],
  [
    'which units are in|which units make up|which units belong to|which units are members of',
    'gom nhung don vi nao',
  ],
  ['which communes belong to|which communes are in', 'gom nhung xa nao'],
  ['which districts belong to|which districts are in|which districts make up', 'gom nhung huyen nao'],
  ['members of', 'gom nhung tinh nao'],
  // which unit, place or thing
  ['which provinces', 'nhung tinh nao'],
  ['which province|what province', 'tinh nao'],
  ['which districts', 'nhung huyen nao'],
  ['which district|what district', 'huyen nao'],
  ['which communes', 'nhung xa nao'],
  ['which commune|what commune', 'xa nao'],
  ['which wards', 'nhung phuong nao'],
  ['which ward|what ward', 'phuong nao'],
  ['which towns', 'nhung thi tran nao'],
  ['which town|what town', 'thi tran nao'],
  ['which city|what city', 'thanh pho nao'],
  ['which villages', 'nhung thon nao'],
  ['which village|what village', 'thon nao'],
  ['which hamlet|what hamlet', 'ap nao'],
  ['which locality|what locality', 'dia phuong nao'],
  ['which unit', 'don vi nao'],
  ['which units', 'nhung don vi nao'],
  ['which company|which business|which enterprise', 'doanh nghiep nao'],
  ['which bank|what bank', 'ngan hang nao'],
  ['which organization|which organisation|what organization|what organisation', 'to chuc nao'],
  ['which agency|what agency', 'co quan nao'],
  ['which movement|which emulation movement|what movement|what emulation movement', 'phong trao thi dua nao'],
  ['which campaign|what campaign', 'cuoc van dong nao'],
  ['which program|which programme|what program|what programme', 'chuong trinh nao'],
  ['which plan|what plan', 'ke hoach nao'],
  ['which decision|what decision', 'quyet dinh nao'],
  ['which directive|what directive', 'chi thi nao'],
  ['which resolution|what resolution', 'nghi quyet nao'],
  ['which fund|what fund', 'quy nao'],
  ['which model|what model', 'mo hinh nao'],
  ['which session|what session', 'hoi nghi lan thu may'],
  // a document's reference number, not a count ("the number of the … plan" is rewritten to it)
  ['reference number|document number|what number|which number', 'so hieu'],
  // when
  ['what date|which date|on what date|on which date|on what day|on which day|what day|which day', 'ngay nao'],
  [
    'what dates|which dates|on what dates|on which dates|what days|which days|on what days|on which days',
    'nhung ngay nao',
  ],
  [
    'from what date to what date|from which date to which date|from when to when|from when until when',
    'tu ngay nao den ngay nao',
  ],
  ['in which month|which month|what month|in what month|by which month|by what month', 'thang nao'],
  ['which year|what year|in which year|in what year', 'nam nao'],
  ['for which year|for what year', 'cho nam nao'],
  ['how long|what time|at what time', 'thoi gian nao'],
  ['when', 'khi nao'],
  // where
  ['where', 'o dau'],
  [
    'at which venue|in which venue|at what venue|what venue|which venue|at what place|what place|which place|what location|which location',
    'o dau',
  ],
  // who
  ['who were|who are', 'nhung ai'],
  ['who', 'ai'],
  ['whom', 'ai'],
  ['whose', 'cua ai'],
  ['why', 'vi sao'],
  ['what', 'gi'],
  ['which', 'nao'],
  // follow-ups
  ['what about|how about|and in', 'con'],
];

/** Emulation clusters and blocs, their roles and awards. */
const CLUSTERS: readonly Entry[] = [
  ['cluster leader|cluster head|cluster leaders|cluster heads', 'cum truong'],
  ['head of the cluster|leader of the cluster', 'cum truong cum thi dua'],
  ['leads the cluster|led the cluster|heads the cluster', 'la cum truong cum thi dua'],
  ['deputy cluster leader|deputy leader|deputy head|vice leader|deputy cluster head', 'cum pho'],
  ['hosts|headed|led|leads|hosted', 'la cum truong'],
  ['host|hosting', 'cum truong'],
  [
    'emulation cluster|competition cluster|cluster|clusters|emulation clusters|competition clusters',
    'cum thi dua',
  ],
  [
    'head of emulation cluster|leader of emulation cluster|head of the emulation cluster|leader of the emulation cluster|head of cluster|leader of cluster',
    'cum truong cum thi dua',
  ],
  [
    'head of emulation bloc|leader of emulation bloc|head of the emulation bloc|leader of the emulation bloc|head of bloc|leader of bloc',
    'khoi truong khoi thi dua',
  ],
  [
    'head of emulation block|leader of emulation block|head of the emulation block|leader of the emulation block',
    'khoi truong khoi thi dua',
  ],
  ['emulation block|emulation bloc|bloc|blocs|emulation blocs|emulation blocks', 'khoi thi dua'],
  ['bloc leader|bloc head|head of the bloc|leader of the bloc', 'khoi truong'],
  ['emulation pact|emulation agreement|emulation pledge|emulation covenant', 'giao uoc thi dua'],
  ['pact|pacts|covenant', 'giao uoc'],
  ['pact signing|pact-signing|signing ceremony', 'ky ket giao uoc'],
  ['emulation', 'thi dua'],
  ['emulation and commendation|emulation and reward|emulation and rewards', 'thi dua khen thuong'],
  ['scored|scoring|grading|marking', 'cham diem'],
  ['points', 'diem'],
];

const AWARDS: readonly Entry[] = [
  ['excellent emulation flag|emulation flag for excellence', 'co thi dua xuat sac'],
  [
    'comprehensive excellence emulation flag|comprehensive excellent emulation flag',
    'co thi dua xuat sac toan dien',
  ],
  ['emulation flag|emulation flags', 'co thi dua'],
  ['rotating flag|rotating banner|rotation flag|traveling flag|travelling flag', 'co luan luu'],
  ['flag|flags', 'co'],
  ['certificate of merit|certificates of merit|merit certificate|merit certificates', 'bang khen'],
  ['certificate of commendation|certificates of commendation|certificate|certificates', 'bang khen'],
  ['medal|medals', 'huan chuong'],
  ['commendation|commendations|reward|rewards|rewarded|awards', 'khen thuong'],
  ['award|awarded|awarding', 'tang'],
  ['proposed for|recommended for|nominated for', 'de nghi tang'],
  ['proposed|propose|proposes|proposing|recommend|recommended|suggested|requested', 'de nghi'],
  ['commend|commended|commends|commending|praise|praised|praising', 'bieu duong'],
  ['honor|honored|honors|honoring|honour|honoured|honouring', 'tuyen duong'],
  ['outstanding|exemplary|typical', 'tieu bieu'],
  ['excellent|excellence|excellently', 'xuat sac'],
  ['comprehensive', 'toan dien'],
  ['got', 'duoc tang'],
];

/** Offices and titles. */
const TITLES: readonly Entry[] = [
  [
    'standing vice chairman|standing vice chairwoman|standing vice chair|standing vice president|permanent vice chairman',
    'pho chu tich thuong truc',
  ],
  [
    'standing vice-chairman|standing vice-chairwoman|standing vice-chair|permanent vice chair',
    'pho chu tich thuong truc',
  ],
  [
    'vice chairman|vice chairwoman|vice-chairs|vice chairs|vice-chairman|vice-chairwoman|vice-chair|vice chair',
    'pho chu tich',
  ],
  [
    'vice president|vice presidents|deputy chairman|deputy chairwoman|vice chairmen|vice chairpersons|vice chairperson',
    'pho chu tich',
  ],
  ['chairman|chairwoman|chairperson|president|chairs|chair|heads|chairmen', 'chu tich'],
  ['new chairman|new chairwoman|newly elected chairman|newly elected chairwoman', 'tan chu tich'],
  ['state president|president of the state|country president', 'chu tich nuoc'],
  ['prime minister', 'thu tuong'],
  ['deputy prime minister', 'pho thu tuong'],
  ['general secretary|party general secretary', 'tong bi thu'],
  ['standing deputy secretary|permanent deputy secretary', 'pho bi thu thuong truc'],
  ['deputy secretary|deputy party secretary', 'pho bi thu'],
  ['party secretary|secretary', 'bi thu'],
  ['provincial party secretary', 'bi thu tinh uy'],
  ['city party secretary', 'bi thu thanh uy'],
  ['district party secretary', 'bi thu huyen uy'],
  ['committee member|committee members|member of the committee|members of the committee', 'uy vien'],
  ['member of the standing committee|standing committee member', 'uy vien ban thuong vu'],
  ['head of the mass mobilization commission|head of the mass mobilisation commission', 'truong ban dan van'],
  ['heads the mass mobilization commission|heads the mass mobilisation commission', 'la truong ban dan van'],
  [
    'head of the delegation|delegation head|head of delegation|leader of the delegation|delegation leader',
    'truong doan',
  ],
  [
    'led the delegation|led the working delegation|led the team|leads the delegation|headed the delegation',
    'dan dau doan',
  ],
  [
    'led the supervision delegation|led the supervisory delegation|led the supervision team|headed the supervision delegation',
    'dan dau doan giam sat',
  ],
  [
    'head of the front work committee|front work committee head|head of the front working committee',
    'truong ban cong tac mat tran',
  ],
  [
    'heads of residential area front work committees|residential area front work committee heads',
    'truong ban cong tac mat tran khu dan cu',
  ],
  [
    'head of the residential area front work committee|heads of front work committees',
    'truong ban cong tac mat tran khu dan cu',
  ],
  ['chief of office|office chief|chief of the office', 'chanh van phong'],
  ['director', 'giam doc'],
  ['police chief|chief of police|head of police', 'truong cong an'],
  ['representative|representatives', 'dai dien'],
  ['only representative|sole representative', 'dai dien duy nhat'],
  ['on behalf of', 'thay mat'],
  ['former|formerly', 'nguyen'],
  ['position|post', 'chuc vu'],
  ['title', 'chuc danh'],
];

/** The Front, the Party, the state and mass organizations. */
const BODIES: readonly Entry[] = [
  ['central committee|central front committee', 'uy ban trung uong'],
  [
    'vff central committee|central committee of the vff|central committee of the vietnam fatherland front',
    'uy ban trung uong mat tran to quoc viet nam',
  ],
  [
    'central relief committee|central relief mobilization committee|central relief mobilisation committee',
    'ban van dong cuu tro trung uong',
  ],
  ['relief committee|relief mobilization committee|relief mobilisation committee', 'ban van dong cuu tro'],
  ['vietnam fatherland front|vff', 'mat tran to quoc viet nam'],
  ['vietnam fatherland front committee', 'uy ban mat tran to quoc viet nam'],
  ['fatherland front', 'mat tran to quoc'],
  ['front committee|fatherland front committee|front committees|vff committee', 'uy ban mat tran to quoc'],
  ['front', 'mat tran'],
  [
    'provincial front committee|provincial fatherland front committee|provincial vff committee',
    'uy ban mat tran to quoc tinh',
  ],
  [
    'district front committee|district fatherland front committee|district vff committee',
    'uy ban mat tran to quoc huyen',
  ],
  ['commune front committee|commune fatherland front committee', 'uy ban mat tran to quoc xa'],
  ['ward front committee|ward fatherland front committee', 'uy ban mat tran to quoc phuong'],
  ['city front committee|city fatherland front committee', 'uy ban mat tran to quoc thanh pho'],
  ['provincial front', 'mat tran tinh'],
  ['district front', 'mat tran huyen'],
  [
    'standing committee|standing board|front standing committee|standing committee of the front',
    'ban thuong truc',
  ],
  ['party standing committee|standing committee of the provincial party committee', 'ban thuong vu'],
  ['presidium', 'doan chu tich'],
  [
    'front work committee|front work committees|front working committee|front work board',
    'ban cong tac mat tran',
  ],
  ["people's council|people's councils", 'hoi dong nhan dan'],
  ["people's committee|people's committees", 'uy ban nhan dan'],
  ["provincial people's council", 'hoi dong nhan dan tinh'],
  ["provincial people's committee", 'uy ban nhan dan tinh'],
  ["district people's council", 'hoi dong nhan dan huyen'],
  ["district people's committee", 'uy ban nhan dan huyen'],
  ['council|councils', 'hoi dong'],
  ['committee|committees', 'uy ban'],
  ['election committee', 'uy ban bau cu'],
  ['emulation and commendation council|emulation and reward council', 'hoi dong thi dua khen thuong'],
  ['national assembly', 'quoc hoi'],
  ['national assembly deputies|national assembly deputy|national assembly delegates', 'dai bieu quoc hoi'],
  ['provincial party committee|provincial party committees', 'tinh uy'],
  ['city party committee', 'thanh uy'],
  ['district party committee', 'huyen uy'],
  ['town party committee', 'thi uy'],
  ['party committee|party committees', 'dang uy'],
  ['secretariat|party secretariat', 'ban bi thu'],
  ['politburo|political bureau', 'bo chinh tri'],
  ['party', 'dang'],
  ['government', 'chinh phu'],
  [
    'mass mobilization commission|mass mobilisation commission|mass mobilization department|mass mobilization board|commission for mass mobilization',
    'ban dan van',
  ],
  ['mass mobilization|mass mobilisation', 'dan van'],
  [
    'mass organizations|mass organisations|socio-political organizations|socio-political organisations|political-social organizations',
    'doan the',
  ],
  ['member organizations|member organisations', 'to chuc thanh vien'],
  ["veterans' association|veterans' union", 'hoi cuu chien binh'],
  ["farmers' association|farmers' union", 'hoi nong dan'],
  ["women's union|women's association", 'hoi lien hiep phu nu'],
  ['youth union', 'doan thanh nien'],
  ['provincial youth union', 'tinh doan'],
  [
    'labour federation|labor federation|confederation of labour|confederation of labor|trade union|trade unions',
    'lien doan lao dong',
  ],
  ['red cross', 'hoi chu thap do'],
  ['police', 'cong an'],
  ['military|army|armed forces', 'quan su'],
];

/** Places and levels of government. */
const PLACES: readonly Entry[] = [
  ['provincial|provinces|province', 'tinh'],
  ['district|districts', 'huyen'],
  ['urban district|urban districts', 'quan'],
  ['commune|communes', 'xa'],
  ['ward|wards', 'phuong'],
  ['town|towns|township|townships', 'thi tran'],
  ['city|cities', 'thanh pho'],
  ['provinces and cities', 'tinh thanh pho'],
  ['village|villages', 'thon'],
  ['hamlet|hamlets', 'ap'],
  ['residential area|residential areas|residential community|residential communities', 'khu dan cu'],
  ['residential group|residential groups|civil group|civil groups', 'to dan pho'],
  ['neighborhood|neighbourhood|quarter|neighborhoods|neighbourhoods', 'khu pho'],
  ['locality|localities', 'dia phuong'],
  ['commune-level|commune level|communal level', 'cap xa'],
  ['district-level|district level', 'cap huyen'],
  ['provincial-level|provincial level|province-level|province level', 'cap tinh'],
  ['grassroots|grassroots level|grassroots-level', 'co so'],
  ['at all levels|all levels', 'cac cap'],
  ['level', 'cap'],
  ['central', 'trung uong'],
  ['nationwide|national|whole country', 'toan quoc'],
  ['headquarters', 'tru so'],
  ['conference center|conference centre', 'trung tam hoi nghi'],
  ['hall|auditorium', 'hoi truong'],
  ["children's cultural palace|children's palace of culture", 'cung van hoa thieu nhi'],
  ['cultural palace|culture palace|palace of culture', 'cung van hoa'],
  ['meeting room|meeting hall', 'phong hop'],
  ['bridge point|bridge points|connection point|connecting point|online point', 'diem cau'],
  ['venue|location', 'dia diem'],
  ['pilot', 'diem'],
];

/** Regions and the clusters named after them. */
const REGIONS: readonly Entry[] = [
  [
    'northern mountainous border|northern border mountainous|northern mountainous and border',
    'mien nui bien gioi phia bac',
  ],
  [
    'midland and northern mountainous|northern midland and mountainous|midlands and northern mountains|northern midlands',
    'trung du va mien nui phia bac',
  ],
  ['central highlands', 'tay nguyen'],
  ['northern border', 'mien nui bien gioi phia bac'],
  ['south east|southeast|south-east', 'dong nam bo'],
  ['mekong delta', 'dong bang song cuu long'],
  ['south hau river', 'nam song hau'],
  ['north hau river', 'bac song hau'],
  ['north central coast|north central', 'bac trung bo'],
  ['south central coast|central coast|central coastal', 'duyen hai mien trung'],
  ['red river delta', 'dong bang song hong'],
  ['northwest', 'tay bac'],
  ['northeast', 'dong bac'],
  ['central region|central vietnam|central provinces|the central region', 'mien trung'],
  ['northern provinces|the northern provinces|the north', 'cac tinh phia bac'],
  ['delta|plains|lowland|lowlands', 'dong bang'],
  ['mountainous|mountain|mountains', 'mien nui'],
  ['midland|midlands', 'trung du'],
  ['border|borders', 'bien gioi'],
];

/** Meetings, congresses, ceremonies and other events. */
const EVENTS: readonly Entry[] = [
  ['consultation conference|consultative conference|consultation meeting', 'hoi nghi hiep thuong'],
  ['consultation|consultations|consult|consulted', 'hiep thuong'],
  ['year-end review|year end review', 'tong ket'],
  [
    'review conference|review meeting|summing-up conference|summing up conference|summary conference|final review',
    'hoi nghi tong ket',
  ],
  ['review|reviews|reviewed|reviewing', 'tong ket'],
  ['preliminary review|mid-term review|interim review|midterm review', 'so ket'],
  ['briefing conference|briefing meeting|briefing session', 'hoi nghi giao ban'],
  ['briefing|briefings', 'giao ban'],
  ['conference|conferences|meeting|meetings|session|sessions', 'hoi nghi'],
  ['online conference|video conference|videoconference|online meeting', 'hoi nghi truc tuyen'],
  ['online', 'truc tuyen'],
  ['working session', 'phien lam viec'],
  ["people's conference|people's conferences|people's meeting", 'hoi nghi nhan dan'],
  ['meeting with voters|meetings with voters|voter meeting|voter meetings|voters meeting', 'tiep xuc cu tri'],
  ['congress|congresses', 'dai hoi'],
  ['national congress|national front congress', 'dai hoi dai bieu toan quoc'],
  ['congress of delegates|delegates congress|congress of deputies', 'dai hoi dai bieu'],
  ['party congress', 'dai hoi dang'],
  ['ceremony|ceremonies', 'le'],
  ['handover ceremony|handing-over ceremony|hand-over ceremony', 'le ban giao'],
  ['launch ceremony|launching ceremony', 'le phat dong'],
  ['opening ceremony', 'le khai mac'],
  [
    'great solidarity festival|solidarity festival|great unity festival|national great unity festival|great national unity festival',
    'ngay hoi dai doan ket',
  ],
  [
    'great solidarity day|great unity day|national great solidarity day|national great unity day',
    'ngay hoi dai doan ket',
  ],
  ['festival|festivals', 'ngay hoi'],
  ['peak month', 'thang cao diem'],
  ['trade fair|trade fairs|fair|fairs', 'hoi cho'],
  ['exhibition', 'trien lam'],
  ['election|elections', 'bau cu'],
  ['contest|competition', 'cuoc thi'],
  ['anniversary', 'ky niem'],
  ['tradition day|traditional day|founding anniversary', 'ngay truyen thong'],
  ['lunar new year|tet holiday|lunar new year festival', 'tet nguyen dan'],
];

/** Money, gifts, houses and what else is counted. */
const THINGS: readonly Entry[] = [
  [
    'great solidarity houses|great unity houses|solidarity houses|great solidarity homes|great unity homes',
    'nha dai doan ket',
  ],
  [
    'great solidarity house|great unity house|solidarity house|great solidarity home|great unity home',
    'nha dai doan ket',
  ],
  ['houses|homes', 'nha dai doan ket'],
  ['house|home', 'nha'],
  ['housing', 'nha o'],
  ['temporary houses|temporary housing|makeshift houses|temporary homes', 'nha tam'],
  ['dilapidated houses|dilapidated homes|dilapidated housing', 'nha dot nat'],
  [
    'temporary and dilapidated houses|temporary and dilapidated homes|temporary and dilapidated housing',
    'nha tam nha dot nat',
  ],
  [
    'working days|workdays|working day|workday|days of labour|days of labor|labour days|labor days|man-days|man days',
    'ngay cong',
  ],
  ['square meters|square metres|square meter|square metre|sq m', 'm2'],
  ['hectares|hectare', 'ha'],
  ['land', 'dat'],
  ['area|floor area|size|acreage', 'dien tich'],
  [
    'gift packages|gift package|gifts|gift|gift parcels|gift parcel|gift sets|gift set|packages|parcels',
    'suat qua',
  ],
  ['tet gifts|tet gift|tet gift packages|tet gift package|tet presents', 'suat qua tet'],
  ['gift bags|gift bag', 'tui qua'],
  ['essentials|necessities|essential goods', 'nhu yeu pham'],
  ['rice', 'gao'],
  ['scholarships|scholarship', 'hoc bong'],
  ['medicine|medicines', 'thuoc'],
  ['breeding cows|breeding cow|breeding cattle', 'bo giong'],
  ['cows|cow|cattle', 'bo'],
  ['livelihood|livelihoods', 'sinh ke'],
  ['supervisions|supervision sessions', 'cuoc giam sat'],
  ['social criticism conferences', 'hoi nghi phan bien xa hoi'],
  ['social criticism|social feedback|social critique', 'phan bien xa hoi'],
  ['documents|document', 'van ban'],
  ['criteria|criterion', 'tieu chi'],
  ['targets|target|indicators|norms', 'chi tieu'],
  ['contents|content|categories|areas|fields', 'noi dung'],
  ['mountainous areas|mountain areas|highland areas', 'mien nui'],
  ['border areas', 'bien gioi'],
  ['urban areas', 'do thi'],
  ['chapters|chapter', 'chuong'],
  ['opinions|opinion|comments|feedback|views', 'y kien'],
  ['recommendations|petitions|proposals', 'kien nghi'],
  ['new rural areas|new rural area|new-style rural areas|new rural|new countryside', 'nong thon moi'],
  [
    'advanced new rural|advanced new-style rural|advanced new rural standards|advanced new rural status',
    'nong thon moi nang cao',
  ],
  ['new rural standards|new rural status|new-style rural standards', 'nong thon moi'],
  [
    'new rural program|new rural programme|new rural development program|new rural development programme',
    'chuong trinh nong thon moi',
  ],
  ['new rural development|new rural construction|building new rural areas', 'xay dung nong thon moi'],
  ['civilized urban areas|civilised urban areas|civilized urban', 'do thi van minh'],
  ['rural areas|rural', 'nong thon'],
  [
    'cultural families|cultural family|cultured families|cultural households|cultural household',
    'gia dinh van hoa',
  ],
  ['cultural', 'van hoa'],
  [
    'digital technology teams|community digital technology teams|digital technology team',
    'to cong nghe so cong dong',
  ],
  ['model|models', 'mo hinh'],
  ['emulation movement|emulation movements', 'phong trao thi dua'],
  ['patriotic emulation movement|patriotic emulation movements', 'phong trao thi dua yeu nuoc'],
  ['movement|movements', 'phong trao'],
  ['campaign|campaigns|drive|drives', 'cuoc van dong'],
  ['program|programs|programme|programmes', 'chuong trinh'],
  ['plan|plans', 'ke hoach'],
  ['directive|directives', 'chi thi'],
  ['resolution|resolutions', 'nghi quyet'],
  ['decision|decisions', 'quyet dinh'],
  ['guideline|guidelines|guidance|instruction|instructions', 'huong dan'],
  ['regulation|regulations|rules|statute', 'quy che'],
  ['working regulation|working regulations|working rules|rules of procedure', 'quy che lam viec'],
  ['charter', 'dieu le'],
  ['project|projects|scheme|schemes', 'de an'],
  ['report|reports|reported|reporting', 'bao cao'],
  ['letter', 'thu'],
  ['term|terms|tenure', 'nhiem ky'],
  ['period', 'giai doan'],
  ['phase|phases|round|rounds|batch|batches|installment|instalment', 'dot'],
  ['times', 'lan'],
];

/** Money and the units it is counted in. */
const MONEY: readonly Entry[] = [
  ['billion dong|billion vnd', 'ty dong'],
  ['million dong|million vnd', 'trieu dong'],
  ['thousand dong|thousand vnd', 'nghin dong'],
  ['billion', 'ty'],
  ['million', 'trieu'],
  ['thousand', 'nghin'],
  ['vnd|dong', 'dong'],
  ['tons|tonnes|ton|tonne', 'tan'],
  ['kg|kilograms|kilogram|kilos', 'kg'],
  ['percent|per cent', 'phan tram'],
  ['money', 'tien'],
  ['cash', 'tien mat'],
  ['amount|sum|amount of money', 'so tien'],
  ['percentage|proportion|share|rate|ratio', 'ty le'],
  ['funding|budget|expense|expenses|cost|costs|spending|funds needed', 'kinh phi'],
  ['total cost|total funding|total budget|total expenditure', 'tong kinh phi'],
  ['value|worth|valued at|valued|worth of', 'tri gia'],
  ['total value|total worth', 'tong tri gia'],
  [
    'matching funds|counterpart funds|counterpart capital|matching support|matching capital|counterpart support',
    'von doi ung',
  ],
  ['capital', 'von'],
  ["day's salary|days' salary|day's wages|days' wages|day's pay|days' pay", 'ngay luong'],
  ['salary|salaries|wage|wages', 'luong'],
  [
    'fund for the poor|for the poor fund|poverty fund|poverty relief fund|fund for poor people',
    'quy vi nguoi ngheo',
  ],
  ['relief fund|relief funds', 'quy cuu tro'],
  ['fund', 'quy'],
  ['funds', 'kinh phi'],
  ['relief', 'cuu tro'],
];

/** Disasters and what the Front does about them. */
const DISASTERS: readonly Entry[] = [
  ['storm|storms|typhoon|typhoons', 'bao'],
  ['flood|floods|flooding|flooded', 'lu'],
  ['floods and storms|storms and floods|storm and flood', 'bao lu'],
  ['rain and floods|heavy rain and floods|rains and floods', 'mua lu'],
  ['inundation|waterlogging|waterlogged', 'ngap ung'],
  ['natural disaster|natural disasters|disaster|disasters|calamity|calamities', 'thien tai'],
  ['landslide|landslides', 'sat lo'],
  ['damage|damaged|damages', 'thiet hai'],
  ['affected', 'anh huong'],
  ['recovery|recover|recovering|overcome|overcoming|deal with|dealing with|remedy|remedying', 'khac phuc'],
  ['consequences|aftermath|effects', 'hau qua'],
  ['collapsed|collapse', 'sap'],
  [
    'completely destroyed|totally destroyed|completely collapsed|totally collapsed|fully collapsed',
    'sap hoan toan',
  ],
  ['rescue|rescued', 'cuu nan'],
  ['search and rescue', 'tim kiem cuu nan'],
];

/** People and groups. */
const PEOPLE: readonly Entry[] = [
  ['delegate|delegates|deputies', 'dai bieu'],
  ['deputy director', 'pho giam doc'],
  ['official delegates|official delegate', 'dai bieu chinh thuc'],
  ['alternate delegates|alternate delegate|substitute delegates|reserve delegates', 'dai bieu du khuyet'],
  ['delegation|delegations', 'doan'],
  ['provincial delegation|provincial front delegation', 'doan mat tran tinh'],
  ['district delegation|district front delegation', 'doan mat tran huyen'],
  ['city delegation|city front delegation', 'doan thanh pho'],
  ['working delegation|working delegations|working group|working groups', 'doan cong tac'],
  [
    'supervision delegation|supervisory delegation|supervision team|monitoring delegation|supervision group',
    'doan giam sat',
  ],
  ['candidates|candidate|nominees|nominee', 'ung cu'],
  ['voters|voter|constituents', 'cu tri'],
  ['members|member', 'thanh vien'],
  ['residents|resident|people|locals|local people|citizens', 'nhan dan'],
  ['households|household', 'ho'],
  ['poor households|poor household|poor families|poor family', 'ho ngheo'],
  ['near-poor households|near-poor household|near poor households|near-poor', 'ho can ngheo'],
  ['the poor|poor people', 'nguoi ngheo'],
  ['poor', 'ngheo'],
  ['poverty reduction|poverty alleviation|reducing poverty', 'giam ngheo'],
  ['escape poverty|escaping poverty|out of poverty', 'thoat ngheo'],
  ['families|family', 'gia dinh'],
  [
    'policy families|policy family|policy beneficiaries|families of policy beneficiaries',
    'gia dinh chinh sach',
  ],
  [
    'in difficulty|in difficulties|in difficult circumstances|with difficult circumstances|disadvantaged|needy|in need|struggling',
    'hoan canh kho khan',
  ],
  ['individuals|individual', 'ca nhan'],
  ['collectives|collective|groups', 'tap the'],
  ['officials|official|cadres|cadre|staff|officers', 'can bo'],
  ['civil servants|public employees|public servants', 'cong chuc vien chuc'],
  ['workers', 'cong nhan'],
  ['labourers|laborers|employees', 'nguoi lao dong'],
  ['farmers', 'nong dan'],
  ['veterans', 'cuu chien binh'],
  ['students|pupils', 'hoc sinh'],
  ['children', 'tre em'],
  ['orphans|orphaned', 'mo coi'],
  ['ethnic minorities|ethnic minority|ethnic minority people', 'dan toc thieu so'],
  ['compatriots|fellow citizens', 'dong bao'],
  ['overseas vietnamese', 'kieu bao'],
  ['benefactors|philanthropists|sponsors|benefactor|philanthropist|sponsor', 'nha hao tam'],
  ['businesses|enterprises|companies', 'doanh nghiep'],
  ['company', 'cong ty'],
  ['bank|banks', 'ngan hang'],
  ['pagoda|pagodas', 'chua'],
  [
    'religious organizations|religious organisations|religious establishments|religions|religious',
    'ton giao',
  ],
  ['organizations|organisations|organization|organisation', 'to chuc'],
  ['units|unit', 'don vi'],
];

/** What the Front and its people do. */
const ACTIONS: readonly Entry[] = [
  ['hand over|handed over|hands over|handing over|handover|handovers|hand-over|handed-over', 'trao'],
  ['hand out|handed out|hands out|handing out', 'trao'],
  ['present|presented|presents|presenting', 'trao'],
  ['give|gives|gave|given|giving', 'trao'],
  ['donate|donates|donated|donating|donation|donations|donor|donors', 'ung ho'],
  ['pledge|pledged|pledges|pledging', 'dang ky ung ho'],
  ['contribute|contributes|contributed|contributing|contribution|contributions', 'dong gop'],
  ['raise|raises|raised|raising|fundraising|fund-raising', 'van dong ung ho'],
  [
    'mobilize|mobilizes|mobilized|mobilizing|mobilise|mobilises|mobilised|mobilising|mobilization|mobilisation',
    'van dong',
  ],
  [
    'call for|called for|calls for|call on|called on|calls on|appeal|appealed|appeals|appeal for|appealed for',
    'keu goi',
  ],
  ['support|supports|supported|supporting|funded|financed|sponsored', 'ho tro'],
  ['help|helps|helped|helping', 'ho tro'],
  ['prepare|prepared|prepares|preparing|preparation|preparations', 'chuan bi'],
  ['build|built|builds', 'xay'],
  ['building', 'xay dung'],
  ['construct|constructed|constructing|construction', 'xay dung'],
  ['newly built|newly constructed|new construction|build new|built new|newly build', 'xay moi'],
  ['repair|repaired|repairs|repairing|renovate|renovated|renovating|renovation', 'sua chua'],
  ['eliminate|eliminating|elimination|eliminated|remove|removing|abolish|abolishing', 'xoa'],
  [
    'co-chaired|chaired|presided over|presided|presiding over|presiding|preside over|preside|presides over|co-chairing|chairing',
    'chu tri',
  ],
  ['attend|attends|attended|attending|attendance', 'du'],
  [
    'took part in|take part in|takes part in|participate|participated|participates|participating|join|joined|joins',
    'tham gia',
  ],
  ['open|opened|opening|opens', 'khai mac'],
  ['launch|launched|launches|launching|initiated|initiate|kicked off', 'phat dong'],
  ['sign|signs|signed|signing', 'ky'],
  ['elect|elects|elected|electing', 'bau'],
  ['elected as', 'duoc bau'],
  ['chosen as', 'hiep thuong cu'],
  ['choose|chose|chosen|select|selected|selects|choosing|selecting', 'chon'],
  ['choose as|chose as|selected as|select as', 'chon lam'],
  ['appoint|appointed|appoints', 'cu'],
  ['approve|approved|approves|adopt|adopted|adopts|passed|pass', 'thong qua'],
  ['nominate|nominated|nominates|introduce|introduced|introduces|nominating|introducing', 'gioi thieu'],
  ['supervise|supervised|supervising|supervises|supervision|monitor|monitored|monitoring', 'giam sat'],
  ['inspect|inspected|inspection|check|checked|checking', 'kiem tra'],
  ['visit|visits|visited|visiting', 'tham'],
  ['receive|receives|received|receiving', 'nhan'],
  ['accept|accepted|accepts|take over|took over|takes over|taking over|taken over', 'tiep nhan'],
  ['answer|answered|answers|reply|replied|replies', 'tra loi'],
  ['respond to|responded to|responds to|responding to|in response to|respond|responded', 'huong ung'],
  ['complete|completed|completes|completing|completion|finish|finished|finishes|finishing', 'hoan thanh'],
  [
    'allocate|allocated|allocates|allocating|allocation|allotted|distribute|distributed|distributing',
    'phan bo',
  ],
  [
    'organize|organized|organizes|organizing|organise|organised|organises|organising|hold|holds|holding|held',
    'to chuc',
  ],
  ['took place|take place|takes place|taking place|happened|happen', 'dien ra'],
  ['speak|spoke|spoken|speaks|speaking|speech|speeches|addressed', 'phat bieu'],
  [
    'direct|directed|directing|directs|gave directions|give directions|gave instructions|give instructions',
    'chi dao',
  ],
  [
    'gave a speech|gave speeches|delivered a speech|made a speech|give a speech|deliver a speech',
    'phat bieu',
  ],
  ['issue|issued|issues|issuing|promulgated|promulgate', 'ban hanh'],
  ['establish|established|establishes|set up|sets up|founded|formed', 'thanh lap'],
  ['register|registered|registers|registering|registration', 'dang ky'],
  ['witness|witnessed|witnesses', 'chung kien'],
  ['congratulate|congratulated|congratulates', 'chuc mung'],
  ['emphasize|emphasized|emphasise|emphasised|stressed|stress', 'nhan manh'],
  ['announce|announced|announces', 'cong bo'],
  ['vote|voted|votes|voting', 'bieu quyet'],
  ['achieve|achieved|achieves|reach|reached|reaches|met|attain|attained', 'dat'],
  [
    'coordinate|coordinated|coordinates|coordinating|cooperate|cooperated|in coordination with|partnered|worked with',
    'phoi hop',
  ],
  ['step down|stepped down|steps down|resign|resigned|relieved|dismissed', 'thoi giu chuc vu'],
  ['replace|replaced|replaces|replacing|succeed|succeeded', 'thay the'],
  [
    'hold the position|held the position|holds the position|hold the post|held the post|holds the post',
    'giu chuc vu',
  ],
  ['thank|thanked|thanks', 'cam on'],
  [
    'carry out|carried out|carries out|implement|implemented|implements|implementing|implementation',
    'thuc hien',
  ],
  ['deploy|deployed|deploys|deploying', 'trien khai'],
  ['divided into|split into|divide into', 'chia thanh'],
  ['divided|divide|split', 'chia'],
  ['work', 'cong tac'],
  ['eliminated poverty', 'thoat ngheo'],
  ['growth|grow|grew|grown', 'tang truong'],
  ['economy|economic', 'kinh te'],
  ['role', 'vai tro'],
];

/** Superlatives, totals and each. */
const MEASURES: readonly Entry[] = [
  ['the most', 'nhieu nhat'],
  ['the highest', 'cao nhat'],
  ['the largest', 'lon nhat'],
  ['the least', 'it nhat'],
  ['the lowest', 'thap nhat'],
  ['each|per|every', 'moi'],
  // "and" joins two questions ("how many …, and what was the total amount?") as "và" does
  ['and', 'va'],
  ['in total', 'tong cong'],
  ['total', 'tong'],
  ['no.|number', 'so'],
];

/** Times of day and year, and the order of a series. */
const TIMES: readonly Entry[] = [
  ['year|years', 'nam'],
  ['month|months', 'thang'],
  ['day|days', 'ngay'],
  ['morning', 'sang'],
  ['afternoon', 'chieu'],
  ['first six months|first half of the year|first half', '6 thang dau nam'],
  ['last six months|second half of the year|second half|last six months of the year', '6 thang cuoi nam'],
  ['end of the year|year end|end of year', 'cuoi nam'],
  ['beginning of the year|start of the year', 'dau nam'],
  ['deadline', 'thoi han'],
  ['before', 'truoc'],
  ['after', 'sau'],
  ['tet', 'tet'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['eleven', '11'],
  ['twelve', '12'],
  ['first', 'lan thu 1'],
  ['second', 'lan thu 2'],
  ['third', 'lan thu 3'],
  ['fourth', 'lan thu 4'],
  ['fifth', 'lan thu 5'],
  ['sixth', 'lan thu 6'],
  ['seventh', 'lan thu 7'],
  ['eighth', 'lan thu 8'],
  ['ninth', 'lan thu 9'],
  ['tenth', 'lan thu 10'],
];

const expand = (entries: readonly Entry[]): Array<readonly [string, string]> =>
  entries.flatMap(([forms, vi]) => forms.split('|').map((f) => [f.trim(), vi] as const));

export const ENGLISH_PHRASES: ReadonlyArray<readonly [string, string]> = [
  QUESTION_WORDS,
  CLUSTERS,
  AWARDS,
  TITLES,
  BODIES,
  PLACES,
  REGIONS,
  EVENTS,
  THINGS,
  MONEY,
  DISASTERS,
  PEOPLE,
  ACTIONS,
  MEASURES,
  TIMES,
].flatMap(expand);

/**
 * Words whose rendering depends on what the question is about: "donate" land is "hiến" (đất), money
 * "ủng hộ"; houses are "bàn giao", money and gifts "trao"; opinions "raised" at a meeting are no
 * money raised. The first sense whose `when` matches the English question replaces the glossary's.
 */
export const ENGLISH_SENSES: ReadonlyArray<{ forms: string; vi: string; when: RegExp }> = [
  {
    forms: 'donate|donates|donated|donating|donation|donations',
    vi: 'hien',
    when: /\b(land|square met(er|re)s?|m2|hectares?)\b/i,
  },
  {
    forms: 'hand over|handed over|hands over|handing over|handover|handovers|hand-over|handed-over',
    vi: 'ban giao',
    when: /\b(houses?|homes?|housing)\b/i,
  },
  {
    // a person who "chaired the … committee" was its chairman; one who chaired a meeting presided over it
    forms: 'chaired',
    vi: 'chu tich',
    when: /^(?!.*\b(?:conference|meeting|session|congress|review|briefing|ceremony|festival|signing)s?\b).*\bchaired\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:committee|front|council)\b/i,
  },
  {
    // "tặng quà" is how the articles give gifts; money is "trao"
    forms: 'give|gives|gave|given|giving',
    vi: 'tang',
    when: /\b(gifts?|presents?|packages?|parcels?)\b/i,
  },
  {
    forms: 'raise|raises|raised|raising',
    vi: '',
    when: /\b(opinions?|comments?|issues?|concerns?|questions?|petitions?|recommendations?|feedback|ideas?)\b/i,
  },
  {
    // the members of a Front committee are its "ủy viên"; a Standing Committee's, a cluster's "thành viên"
    forms: 'members|member',
    vi: 'uy vien',
    when: /^(?!.*\bstanding\s+(committee|board)).*\bcommittees?\b/i,
  },
];

export const ENGLISH_MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** English words that carry no content once the phrases are translated. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the a an of in on at to for with by from did does do is are was were be been being its it their there ' +
    'this that these those has have had as or one ones served serve as into during about his her them ' +
    'they s will would could should must also still so far then than such some any all other under ' +
    'according through over since until till please tell me you know'
  ).split(' '),
);

/** Words typical of English questions, to tell the language apart. */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  (
    'the how many much who which what when where is are was were did does of in for with from by has have had ' +
    'been this that their its whose whom why houses cluster clusters province provinces district commune ward city ' +
    'built raised donated donation handed gave give received held attended chaired elected committee chairman ' +
    'chairwoman vice conference congress delegation households gifts money million billion flood storm fund ' +
    'festival village hamlet town leader head members'
  ).split(' '),
);
