/**
 * Question patterns over folded Vietnamese (English is translated first). Order matters: the first
 * intent whose pattern matches wins.
 */
export type Intent = 'members' | 'how_many' | 'when' | 'where' | 'who' | 'what';

/**
 * What kind of thing answers a question: a person ("ai"), a unit or organisation ("tỉnh nào làm cụm
 * trưởng", "ngân hàng nào"), a place ("ở đâu", "ở xã nào"), a figure ("bao nhiêu"), a date ("ngày
 * nào"), a year ("cho năm nào"), an ordinal ("lần thứ mấy"), a name ("phong trào nào", "số hiệu"),
 * the members of a body ("gồm những tỉnh nào") or a description ("nội dung gì", "hình thức gì").
 */
export type AnswerType =
  | 'person'
  | 'unit'
  | 'place'
  | 'quantity'
  | 'date'
  | 'year'
  | 'ordinal'
  | 'name'
  | 'members'
  | 'description'
  | 'reason';

/**
 * "Kế hoạch … số mấy", "Chỉ thị số bao nhiêu": the number of a document is its code, a name, not a
 * count. Up to twenty words may stand between the kind and "số".
 */
export const DOCUMENT_NUMBER_ASKED =
  /(?<![a-z])(quyet dinh|chi thi|nghi quyet|ke hoach|huong dan|ket luan|cong van|thong tu|nghi dinh|thong bao)( [a-z0-9/-]+){0,20} so (may|bao nhieu|gi|nao)(?![a-z])/;

/**
 * "về vấn đề gì", "về nội dung gì", "xoay quanh vấn đề nào": the topic a document, a meeting or the
 * opinions raised are about.
 */
export const TOPIC_ASKED =
  /(?<![a-z])(ve|xoay quanh|tap trung vao) (nhung |cac )?(van de|noi dung|chu de|linh vuc|viec) (gi|nao)(?![a-z])/;

/**
 * Leaving an office: "thôi giữ chức", "miễn nhiệm", "nghỉ hưu", "thôi làm". Asked ("ai thôi giữ chức
 * Chủ tịch …") it wants the one who left; written before a name in a sentence ("cho thôi giữ chức
 * Chủ tịch … đối với ông X") it says X no longer holds the office.
 */
export const LEAVING_OFFICE =
  /(?<![a-z])(thoi giu chuc|thoi lam|thoi tham gia|mien nhiem|nghi huu|nghi cong tac|thoi chuc)(?![a-z])/;

/** A question about who held an office before: "nguyên Chủ tịch", or leaving words. */
export const FORMER_ASKED = new RegExp(
  `${LEAVING_OFFICE.source}|(?<![a-z])nguyen (chu tich|pho chu tich|bi thu|truong ban)`,
);

/**
 * What was given: "tặng món quà gì", "trao tặng gì", "được tặng gì", English "what did … give" (read
 * as "gì … trao"): the object handed over, not its value.
 */
export const GIFT_ASKED =
  /(?<![a-z])((trao tang|tang|trao|gui tang)( [a-z0-9]+){0,10} (gi|mon qua gi|qua gi|vat pham gi)|(mon qua|qua|vat pham|hien vat) (gi|nao)|^gi( [a-z0-9]+){0,12} (trao|tang))(?![a-z])/;

/**
 * A verb of giving right before "ai" asks for whom it was given to ("ủng hộ những ai", "hỗ trợ cho
 * ai", "tặng quà cho những ai"): the receivers, written after the verb, not the giver before it.
 * Group 1 is the verb.
 */
export const RECEIVER_ASKED =
  /(?<![a-z])(ung ho|ho tro|tang qua|trao qua|tang|trao|giup do|tham hoi)( cho)?( nhung| cac)? (ai|doi tuong nao|nguoi nao)(?![a-z])/;

/**
 * "Những ai tiếp (và làm việc với) đoàn": the hosts. The members of the delegation ("đoàn … do bà X
 * dẫn đầu", "đoàn gồm …") are its guests.
 */
export const HOSTS_ASKED = /(?<![a-z])tiep( va lam viec)?( voi)? doan(?![a-z])/;

/** A person written as a delegation's leader or member: "đoàn … do bà X … dẫn đầu", "đoàn gồm ông X". */
export const DELEGATION_BEFORE =
  /(?<![a-z])doan(?![a-z])[^;]{0,80}(?<![a-z])(do|gom|co)\s+(ong|ba|dong chi)?\s*$/;

/**
 * "mỗi" (each) and the unit it is said of ("mỗi hộ", "mỗi suất quà"), told apart from "mới" (new)
 * without diacritics by the noun that follows. Group 1 is the unit.
 */
export const PER_UNIT_FOLDED =
  /(?<![a-z])moi (can|ngoi|suat|nguoi|ho|xa|tinh|khu|huyen|don vi|thanh vien|dai bieu|cum|phan|tui|nha|dia phuong|dot|hoc sinh|em)(?![a-z])/;

/** "tính đến ngày nào", "số liệu đến ngày nào": the end of the span a figure is counted over. */
export const UP_TO_ASKED =
  /(?<![a-z])(tinh den|tinh toi|cap nhat den|den) (ngay|thoi diem) (nao|may)(?![a-z])/;

/** What a sentence writes right before the date a figure is counted up to: "(tính) đến (hết) ngày". */
export const UP_TO_BEFORE_DATE = /(?<![a-z])(den|toi)( het)?( ngay)?\s*$/;

/** "từ ngày nào (đến ngày nào)": the start of a span; with UP_TO_ASKED, both ends. */
export const FROM_ASKED = /(?<![a-z])tu (ngay|thoi diem) (nao|may)(?![a-z])/;

/** "phải báo cáo trước ngày nào", "chậm nhất ngày nào": the deadline something is due by. */
export const DEADLINE_ASKED =
  /(?<![a-z])(truoc|cham nhat|han chot( la)?) (ngay|thoi diem) (nao|may)(?![a-z])/;

/**
 * What a sentence writes right before a deadline's date: "trước ngày 1/12", "chậm nhất vào ngày 30/9",
 * "hạn chót là ngày 5/10", "không quá ngày 15/11".
 */
export const DEADLINE_BEFORE_DATE =
  /(?<![a-z])(truoc|cham nhat|han chot|han|den het|khong qua)( la| vao)?( ngay)?\s*$/;

/** "ngày mấy", "ngày nào", "hôm nào": a day is asked, not a month. */
export const DAY_ASKED = /(?<![a-z])(ngay (may|nao)|hom nao)(?![a-z])/;

/** Kinds of things whose name a question asks ("phong trào nào", "quyết định gì"), folded. */
export const NAMED_KINDS: readonly string[] = [
  'phong trao',
  'cuoc van dong',
  'chuong trinh',
  'quy',
  'ke hoach',
  'chi thi',
  'nghi quyet',
  'quyet dinh',
  'huong dan',
  'cong van',
  'ket luan',
  'cuoc thi',
  'giai thuong',
  'danh hieu',
  'de an',
  'du an',
  'mo hinh',
  'loai nha',
  'loai hinh',
];

export const INTENT_PATTERNS: ReadonlyArray<{ intent: Intent; re: RegExp }> = [
  { intent: 'what', re: DOCUMENT_NUMBER_ASKED },
  {
    intent: 'what',
    re: /(?<![a-z])(lan )?thu may(?![a-z])|so hieu|ky hieu|hinh thuc (gi|nao)|(phong trao|cuoc van dong|chuong trinh|quy|ke hoach|chi thi|nghi quyet)( thi dua)? nao/,
  },
  {
    intent: 'members',
    re: /(?<![a-z])(bao )?gom (nhung |cac |may )?(tinh|thanh pho|don vi|huyen|xa|dia phuong|thanh vien|quan|thi xa)?[a-z ,]{0,20}?(nao|gi)(?![a-z])|(nhung|cac) (tinh|don vi|huyen|xa|thanh vien) nao (thuoc|trong|cua|la thanh vien)|(cum|khoi)(?: [a-z0-9]+){0,14} co (nhung|cac|may) (tinh|thanh pho|don vi|huyen|xa|thanh vien)( [a-z]+){0,2} nao/,
  },
  { intent: 'how_many', re: /bao nhieu|(?<![a-z])may (?!gio)[a-z]|so luong|tong so/ },
  { intent: 'who', re: /(?<![a-z])ten (la )?gi(?![a-z])|gom nhung ai|(?<![a-z])nhung ai(?![a-z])/ },
  {
    intent: 'when',
    re: /ngay nao|khi nao|bao gio|luc nao|thoi gian nao|thang may|thang nao|(?<![a-z])nam nao|thoi diem nao|vao ngay|hom nao|ngay may/,
  },
  {
    intent: 'where',
    re: /o dau|tai dau|dia diem nao|noi nao|(?<![a-z])(o|tai|cua|den) ((nhung|cac) )?(tinh|huyen|xa|thon|ban|thi tran|phuong|quan|thanh pho|thi xa|dia phuong|dia ban) nao|(?<![a-z])(thon|ap|ban) nao/,
  },
  {
    intent: 'who',
    re: /(?<![a-z])ai(?![a-z])|(tinh|don vi|xa|huyen|thanh pho|dong chi|ong|ba|vi|mat tran|uy ban)( [a-z]+){0,6} nao(?![a-z])|(?<![a-z])nao (uy ban|pho chu tich|chu tich)/,
  },
  { intent: 'what', re: /(?<![a-z])gi(?![a-z])|nhu the nao|(?<![a-z])nao(?![a-z])|la sao/ },
];

/** What level of unit a "X nào" asks for. */
export const ASKED_LEVELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![a-z])(tinh|nhung tinh|cac tinh)( [a-z]+)? nao/, 'province'],
  [/(?<![a-z])(huyen|quan|thi xa)( [a-z]+)? nao/, 'district'],
  // ("địa phương nào" is any locality, not a ward)
  [/(?<![a-z])(thi tran|xa|(?<!dia )phuong)( [a-z]+)? nao/, 'commune'],
  [/(?<![a-z])(thon|ap|ban) nao/, 'village'],
  [/(?<![a-z])(don vi|dia phuong) nao/, 'unit'],
  [/(?<![a-z])ai(?![a-z])|(dong chi|ong|ba|vi) nao/, 'person'],
];

/** Words that carry no content for matching. */
export const QUESTION_STOPWORDS: ReadonlySet<string> = new Set(
  // Folded forms that are also content words are left out: "hoi" (hội/hỏi), "cu" (cử/cụ), "co" (cờ/có),
  // "ban" (ban/bản), "dang" (Đảng/đang/đăng), "da" (đã/đá), "the" (thể/thế), "tu" (từ/tổ chức's "tư").
  (
    'ai la gi nao bao nhieu may dau khi luc gio khong nhung cac mot duoc se cua o tai trong va voi cho ' +
    'thi ma nay do ay vay sao hay hoac den ra vao nhu ve theo boi vi roi nua nhe a u ha ' +
    'tong cong so luong biet xin vui long oi'
  ).split(' '),
);

/** Words after "bao nhiêu" that end the counted phrase. */
export const COUNTED_STOP: ReadonlySet<string> = new Set(
  'duoc da cua trong tai o cho de tu la nam khi nao va thi ma voi tren theo nhu vao den sau truoc trong khi ve'.split(
    ' ',
  ),
);

/** Words of follow-ups ("còn năm 2023?", "thế còn cụm Nam Sông Hậu?", "what about 2023?"). */
export const FOLLOW_UP = /^(con|the con|vay con|con voi|con o|con cua|what about|and|how about)(?![a-z])/;

/** Questions asking for everyone who fits ("… gồm những ai?", "who were chosen …?" → "những ai"). */
export const ASKS_FOR_SEVERAL = /(?<![a-z])(nhung ai|gom nhung|cac ong|nhung nguoi nao)(?![a-z])/;

/**
 * What kind of thing answers a question, by the words that ask for it (folded; English is
 * translated first). Tried in order; the first that matches decides. A question none of these
 * match takes the type of its intent (INTENT_TYPES).
 */
export const ANSWER_TYPE_PATTERNS: ReadonlyArray<{ type: AnswerType; re: RegExp }> = [
  // "vì sao", "tại sao", "lý do gì": a reason
  { type: 'reason', re: /(?<![a-z])(vi sao|tai sao|ly do|nguyen nhan|vi ly do gi|do dau)(?![a-z])/ },
  // "lần thứ mấy", "khóa mấy", "nhiệm kỳ nào": which one of a series
  {
    type: 'ordinal',
    re: /(?<![a-z])((lan )?thu may|(khoa|dot|lan|ky hop|nhiem ky)( thu)? (may|nao))(?![a-z])/,
  },
  // "Kế hoạch … số mấy": a document's code
  { type: 'name', re: DOCUMENT_NUMBER_ASKED },
  // "tặng món quà gì": the object given, described
  { type: 'description', re: GIFT_ASKED },
  // "về vấn đề gì": a topic, described
  { type: 'description', re: TOPIC_ASKED },
  // a name asked by the kind of thing it names: "phong trào nào", "quyết định nào", "tên là gì", "số hiệu"
  {
    type: 'name',
    re: new RegExp(
      `(?<![a-z])(so hieu|ky hieu|ten (goi )?(la )?gi|ten (cua )?[a-z ]{1,30} la gi|(${NAMED_KINDS.join('|')})( thi dua)? (nao|gi))(?![a-z])`,
    ),
  },
  // "cho năm nào", "năm nào": a year is the answer (not "vào năm nào … ngày")
  { type: 'year', re: /(?<![a-z])(nam nao|nam may)(?![a-z])(?!.*(?<![a-z])ngay (nao|may)(?![a-z]))/ },
  // "tháng mấy", "ngày nào": a date
  {
    type: 'date',
    re: /(?<![a-z])(thang may|thang nao|ngay nao|ngay may|khi nao|bao gio|luc nao|thoi gian nao|thoi diem nao|hom nao)(?![a-z])/,
  },
];

/** The answer type of each intent, when no pattern above decides. */
export const INTENT_TYPES: Readonly<Record<Intent, AnswerType>> = {
  members: 'members',
  how_many: 'quantity',
  when: 'date',
  where: 'place',
  who: 'person',
  what: 'description',
};

/** Words naming an organisation asked for: "ngân hàng nào", "doanh nghiệp nào", "cơ quan nào". */
export const ORG_ASKED =
  /(?<![a-z])(ngan hang|doanh nghiep|cong ty|tap doan|to chuc|co quan|hoi|nha hao tam|don vi tai tro|nha tai tro|ban|so|nganh)( [a-z]+){0,2} nao(?![a-z])/;

/**
 * Questions that ask for a business ("doanh nghiệp nào tài trợ", "công ty nào", "ngân hàng nào",
 * "nhà tài trợ nào"; English "which company" is translated to "doanh nghiệp nào"): only a company,
 * bank or cooperative answers them, never a Front body or a place.
 */
export const BUSINESS_ASKED =
  /(?<![a-z])(doanh nghiep|cong ty|tap doan|ngan hang|nha tai tro|don vi tai tro|hop tac xa)( [a-z]+){0,2} nao(?![a-z])/;

/** Questions asking for every answer that fits: "những ai", "gồm những …", "những xã nào", "các tỉnh nào". */
export const ASKS_FOR_LIST =
  /(?<![a-z])(nhung ai|gom nhung|(nhung|cac) [a-z]+( [a-z]+){0,2} nao|nhung gi|nhung noi dung|cac noi dung|nhung nguoi nao|ai va ai)(?![a-z])/;

/**
 * Words Vietnamese capitalizes inside official names of bodies, titles, awards, events and holidays
 * ("Ủy ban", "Phó Chủ tịch", "Cờ thi đua", "Tết Nguyên đán"), lower-cased with their marks (so that
 * "Thành" of "Thành phố" is one and "Thanh" of "Thanh Xuân" is not): a capitalized run holding one
 * is an official phrase, not a proper name the evidence must repeat.
 */
export const CAPITALIZED_COMMON_HEADS: ReadonlySet<string> = new Set(
  (
    'ủy uỷ ban hội cụm khối mặt trận tổ quốc quỹ đại lễ chủ tịch phó bí thư trưởng tết nhà cờ bằng huân ' +
    'giấy ngày chương cuộc phong kế chỉ nghị quyết tỉnh huyện thành xã trung ương tổng liên đoàn công ' +
    'ngân tập bệnh sở việt nam đảng nước chính phủ mttq ubnd hđnd ubmttq ubmttqvn ubtư ubtw cấp khu thôn ' +
    'ấp phường quận thị giám đốc dân vận cựu chiến binh nông lao nữ niên trợ thường trực vụ cử hồng nhân ' +
    'miền vùng hộ kinh tế giáo dục y quân sự an bộ ngành học viện trường tướng hàng ai năm tháng ' +
    'hội nghị đồng chí ông bà anh chị cán bộ ban công tác tiêu biểu'
  ).split(' '),
);

/** English words written with a capital inside a question that are not names ("Front", "Committee"). */
export const ENGLISH_CAPITALIZED: ReadonlySet<string> = new Set(
  (
    'who what which when where how why whose is are was were did does do the in on of for to at by ' +
    'vietnam vietnamese fatherland front committee central provincial province district commune ward ' +
    'town city cluster emulation great solidarity house houses people conference congress festival ' +
    'chairman chairwoman chair vice president secretary party standing permanent council union ' +
    'january february march april may june july august september october november december tet new year ' +
    'fund poor poverty relief storm no number i ii iii iv v vi vii viii ix x'
  ).split(' '),
);

/** The series a question asks the number of ("khóa mấy" → "khoa", "lần thứ mấy" → "lan thu"). */
export const SERIES_ASKED =
  /(?<![a-z])(lan thu|thu|khoa|dot|lan|ky hop thu|ky hop|nhiem ky)( thu)? (?:may|nao)(?![a-z])/;

/**
 * Questions that rank units by a figure: "nhiều … nhất", "cao nhất", "lớn nhất", "dẫn đầu" (but
 * "dẫn đầu đoàn" leads a delegation); and "ít nhất", "thấp nhất".
 */
export const ASKS_MOST = /(?<![a-z])(nhieu(?: [a-z]+){0,9} nhat|cao nhat|lon nhat|dan dau(?! doan))(?![a-z])/;
export const ASKS_LEAST = /(?<![a-z])(it nhat|thap nhat)(?![a-z])/;
