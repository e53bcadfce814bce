/**
 * English questions are translated into folded Vietnamese and parsed like Vietnamese ones.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_PHRASES, ENGLISH_SENSES } from '../../src/lexicon/english.ts';
import { parseQuestion } from '../../src/qa/parse-question.ts';
import { isEnglish, translateEnglish } from '../../src/qa/translate-english.ts';

describe('isEnglish', () => {
  it('tells English from Vietnamese typed without diacritics', () => {
    expect(isEnglish('How many houses were built?')).toBe(true);
    expect(isEnglish('Who hosts the cluster in 2024?')).toBe(true);
    expect(isEnglish('co bao nhieu nha dai doan ket')).toBe(false);
    expect(isEnglish('Ai là cụm trưởng năm 2024?')).toBe(false);
  });

  it('knows a question by its domain words when it has few function words', () => {
    expect(isEnglish('Which bank donated 80 million dong to Vung Tau ward for Tet?')).toBe(true);
    expect(isEnglish('ngan hang nao ung ho phuong vung tau 80 trieu dong')).toBe(false);
    expect(isEnglish('hoi nghi hiep thuong lan thu 3 to chuc o dau')).toBe(false);
  });
});

describe('the glossary', () => {
  const keys = [...ENGLISH_PHRASES.map(([en]) => en), ...ENGLISH_SENSES.flatMap((s) => s.forms.split('|'))];

  it('lists every English phrase once', () => {
    // as the translator reads them: "people's council" and "people council" are one phrase
    const phrases = ENGLISH_PHRASES.map(([en]) => en.replace(/['’]s\b/g, '').replace(/s['’](?=\s|$)/g, 's'));
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });

  it('writes English in lower case and Vietnamese folded, as the translator matches them', () => {
    expect(keys.filter((k) => k !== k.trim().toLowerCase() || !k)).toEqual([]);
    const renderings = [...ENGLISH_PHRASES.map(([, vi]) => vi), ...ENGLISH_SENSES.map((s) => s.vi)];
    expect(renderings.filter((vi) => !/^[a-z0-9 ]*$/.test(vi))).toEqual([]);
  });
});

describe('translateEnglish', () => {
  it('phrases from the glossary, longest first', () => {
    expect(translateEnglish('How many houses were built?')).toBe('bao nhieu nha dai doan ket xay');
    expect(translateEnglish('How much money was raised?')).toBe('bao nhieu tien van dong ung ho');
  });

  it('"Which … chairman …?" asks for a person; festivals, hamlets and vice-chairs are translated', () => {
    const q = parseQuestion(
      'Which Binh Thuy district Front committee chairman attended the Great Solidarity festival in Long Hoa hamlet?',
    );
    expect(q).toMatchObject({ intent: 'who', title: { head: 'chu tich' } });
    expect(q.folded).toContain('ngay hoi dai doan ket');
    expect(q.folded).toContain('ap long hoa');
    expect(parseQuestion('Who were chosen as vice-chairs of the Front committee?').title?.head).toBe(
      'pho chu tich',
    );
  });

  it('"the second allocation" is a round ("đợt 2"); "given to a household" is per household', () => {
    const q = parseQuestion(
      "In Ha Giang's second relief allocation, how much was given to a household whose house collapsed?",
    );
    expect(q.folded).toContain('dot 2');
    expect(q.identifiers).toContainEqual({ word: 'dot', n: 2 });
    expect(q.perUnit).toBe(true);
    expect(parseQuestion('Who chaired the second congress?').folded).toContain('lan thu 2');
  });

  it('"the X cluster" is reordered to "cụm thi đua X"', () => {
    expect(translateEnglish('Which provinces are in the Nam Song Hau cluster?')).toBe(
      'gom nhung tinh nao cum thi dua nam song hau',
    );
  });

  it('dates: "11 December 2023" → "ngay 11/12/2023"', () => {
    expect(translateEnglish('What happened on 11 December 2023?')).toContain('ngay 11/12/2023');
  });

  it('proper nouns pass through folded', () => {
    expect(translateEnglish('How many working days did Điện Biên contribute?')).toContain('dien bien');
  });
});

describe('parsed English', () => {
  it('who hosts the cluster in 2024 → the leader of 2024', () => {
    expect(parseQuestion('Who hosts the cluster in 2024?')).toMatchObject({
      lang: 'en',
      intent: 'who',
      role: 'leader',
      years: [2024],
    });
  });

  it('the standing vice chairman of Quang Ninh', () => {
    const q = parseQuestion(
      'Who is the standing vice chairman of the Front committee of Quang Ninh province?',
    );
    expect(q.title?.head).toBe('pho chu tich thuong truc');
    expect(q.provinces).toEqual(['Quảng Ninh']);
  });

  it('"the leader of the northern mountainous border cluster" keeps the cluster', () => {
    // translated to "ai cum truong mien nui bien gioi phia bac 2024": "leader of the cluster" swallows "cluster"
    expect(
      parseQuestion('Who is the leader of the northern mountainous border cluster in 2024?').clusterKey,
    ).toBe('nui bien gioi phia bac');
  });
});

/** English questions and the folded Vietnamese they become: the words the articles use, in their order. */
const TRANSLATIONS: ReadonlyArray<readonly [string, string]> = [
  // donations, support and relief
  [
    "Who handed over Thanh Hoa city's donation to Nam Tra My in 2020?",
    'ai trao thanh pho thanh hoa ung ho nam tra my 2020',
  ],
  ['How many square metres of land did residents donate?', 'bao nhieu m2 dat nhan dan hien'],
  [
    'How many working days did residents contribute to the new rural program?',
    'bao nhieu ngay cong nhan dan dong gop chuong trinh nong thon moi',
  ],
  [
    'How much money was pledged through the Central Relief Committee?',
    'bao nhieu tien dang ky ung ho ban van dong cuu tro trung uong',
  ],
  [
    'How much did the province allocate to overcome the consequences of storm No. 3 and the floods?',
    'bao nhieu tien tinh phan bo khac phuc hau qua bao so 3 va lu',
  ],
  [
    'How many households were affected by the landslide and the natural disaster?',
    'bao nhieu ho anh huong sat lo va thien tai',
  ],
  [
    'How many Tet gift packages did the ward give to people in difficult circumstances?',
    'bao nhieu suat qua tet phuong tang nhan dan hoan canh kho khan',
  ],
  ['How much relief money did the province send?', 'bao nhieu tien cuu tro tinh'],
  // "raised" opinions are no money raised
  [
    "How many opinions were raised at the people's conference of Ward 8, District 5?",
    'bao nhieu y kien hoi nghi nhan dan phuong 8 quan 5',
  ],
  // a Front committee's members are its "ủy viên", a Standing Committee's "thành viên"
  ['How many members does the Standing Committee have?', 'bao nhieu thanh vien ban thuong truc'],
  // offices and bodies
  ['Who is the Party secretary of Bac Lieu province?', 'ai bi thu tinh bac lieu'],
  ['Which State President funded the Great Solidarity houses?', 'ai chu tich nuoc ho tro nha dai doan ket'],
  ['Who led the supervision delegation in Khanh Lam commune?', 'ai dan dau doan giam sat xa khanh lam'],
  // "the provincial Front committee" is "Ủy ban MTTQ tỉnh", never "Tỉnh ủy"
  ['Who chairs the provincial Front committee?', 'ai chu tich uy ban mat tran to quoc tinh'],
  [
    'Who chairs the Quang Ninh provincial Front committee?',
    'ai chu tich tinh quang ninh uy ban mat tran to quoc',
  ],
  // one who chaired a committee was its chairman; one who chaired a meeting presided over it
  [
    'Who chaired the Phu Tho provincial Fatherland Front committee in 2023?',
    'ai chu tich tinh phu tho uy ban mat tran to quoc 2023',
  ],
  [
    "Who chaired the Front committee's review conference?",
    'ai chu tri uy ban mat tran to quoc hoi nghi tong ket',
  ],
  [
    'Who was the head of emulation bloc 7 in Binh Thuan in 2019?',
    'ai khoi truong khoi thi dua 7 binh thuan 2019',
  ],
  // events
  [
    'Where was the first congress of the Khanh Hoa provincial Front held?',
    'o dau lan thu 1 dai hoi tinh khanh hoa mat tran to chuc',
  ],
  ['Who presided over the third consultation conference?', 'ai chu tri lan thu 3 hoi nghi hiep thuong'],
  ['When did the cluster hold its briefing?', 'khi nao cum thi dua to chuc giao ban'],
  ['Where was the year-end review conference held?', 'o dau tong ket hoi nghi to chuc'],
  ['When did emulation bloc 7 sign its emulation pact?', 'khi nao khoi thi dua 7 ky giao uoc thi dua'],
  ["When did Ward 8 hold its people's conference?", 'khi nao phuong 8 to chuc hoi nghi nhan dan'],
  [
    'In which city did Quang Nam hold the 2016 briefing of its lowland emulation cluster?',
    'thanh pho nao quang nam to chuc 2016 giao ban dong bang cum thi dua',
  ],
  // question forms
  [
    'What percentage of households registered as cultural families in 2019?',
    'bao nhieu phan tram ho dang ky gia dinh van hoa 2019',
  ],
  [
    'By which month must commune-level Front congresses be completed?',
    'thang nao mat tran dai hoi cap xa hoan thanh',
  ],
  ['On what date was the handover ceremony held?', 'ngay nao le ban giao to chuc'],
  [
    'On which days did the district Front review its clusters?',
    'nhung ngay nao mat tran huyen tong ket cum thi dua',
  ],
  [
    'From what date to what date did the province receive donations for storm No. 3?',
    'tu ngay nao den ngay nao tinh nhan ung ho bao so 3',
  ],
  ['At which venue was the consultation conference held?', 'o dau hoi nghi hiep thuong to chuc'],
  [
    "What is the number of the Central Committee's plan on Tet gifts?",
    'gi so hieu uy ban trung uong ke hoach suat qua tet',
  ],
  ['Whose houses did the ward repair and hand over?', 'cua ai nha dai doan ket phuong sua chua va ban giao'],
  ['Which commune chaired the emulation bloc in 2020?', 'xa nao chu tri khoi thi dua 2020'],
  // members of a body, however English asks it
  [
    'Name the provinces of the Central Highlands emulation cluster.',
    'gom nhung tinh nao cum thi dua tay nguyen',
  ],
  [
    'Which districts and towns were in the cluster in 2013?',
    'gom nhung huyen va thi tran nao cum thi dua 2013',
  ],
  ['Which five units made up emulation cluster No. 1 in 2013?', 'gom nhung don vi nao cum thi dua so 1 2013'],
  // "what was the total cost of X?" asks last, as "… là bao nhiêu"
  [
    'What was the total cost of the houses handed over in the district?',
    'tong kinh phi nha dai doan ket ban giao huyen bao nhieu',
  ],
  ['What was each Tet gift worth?', 'moi suat qua tet tri gia bao nhieu'],
  ["By how much did the province's economy grow in 2022?", 'tinh kinh te tang truong 2022 bao nhieu'],
  // "how many N in <scope> …": the scope first
  [
    'How many communes in the midland and northern mountainous cluster reached advanced new rural standards?',
    'cum thi dua trung du va mien nui phia bac bao nhieu xa dat nong thon moi nang cao',
  ],
  // relative "whose" / "who" ask nothing
  [
    'How much support did households in Tay Tra whose houses were damaged receive?',
    'bao nhieu tien ho tro ho tay tra nha dai doan ket thiet hai nhan',
  ],
  // numbers, numbered wards and districts, question words that are no names, dates
  ['Which district built 2,513 houses?', 'huyen nao xay 2.513 nha dai doan ket'],
  ['Who pledged 8.05 billion dong?', 'ai dang ky ung ho 8,05 ty dong'],
  ['Who pledged 1,209.24 billion dong?', 'ai dang ky ung ho 1.209,24 ty dong'],
  [
    'Who chairs the Front committee of Ward 8, District 5?',
    'ai chu tich uy ban mat tran to quoc phuong 8 quan 5',
  ],
  ['Which district did Ca Mau choose as the pilot?', 'huyen nao ca mau chon lam diem'],
  ['What district did the delegation visit?', 'huyen nao doan tham'],
  [
    'How much had the Central Relief Committee allocated by 7 November 2025?',
    'bao nhieu tien ban van dong cuu tro trung uong phan bo den ngay 7/11/2025',
  ],
  [
    'From 10 September to 10 October 2024, how much did Ninh Thuan receive?',
    'tu ngay 10/9 den ngay 10/10/2024 , bao nhieu tien ninh thuan nhan',
  ],
  // a capitalized English word inside a name is part of it: Lam The Tong, Can Tho
  [
    'Which meeting did Lam The Tong attend in Can Tho city?',
    'nao hoi nghi lam the tong du thanh pho can tho',
  ],
];

describe('translations into the words the articles use', () => {
  it.each(TRANSLATIONS)('%s', (en, vi) => {
    expect(translateEnglish(en)).toBe(vi);
  });
});

describe('what the parser reads from the translation', () => {
  it('a donation handed over asks for a person, in the year named', () => {
    expect(parseQuestion("Who handed over Thanh Hoa city's donation to Nam Tra My in 2020?")).toMatchObject({
      lang: 'en',
      intent: 'who',
      years: [2020],
    });
  });

  it('houses handed over ("bàn giao") are counted as houses', () => {
    const q = parseQuestion(
      'How many Great Solidarity houses did the district Front hand over to poor households?',
    );
    expect(q.folded).toContain('ban giao ho ngheo');
    expect(q).toMatchObject({ intent: 'how_many', quantityKind: 'houses' });
  });

  it('"how much support … each household" is money, per household', () => {
    const q = parseQuestion('How much support did each household with a collapsed house receive?');
    expect(q.folded).toMatch(/^bao nhieu tien ho tro moi ho sap nha/);
    expect(q).toMatchObject({ intent: 'how_many', quantityKind: 'money', perUnit: true });
  });

  it('Tet gift packages are gifts', () => {
    expect(parseQuestion('How many Tet gift packages did the ward give?').quantityKind).toBe('gifts');
  });

  it("a first-term Front committee's members are its ủy viên of khóa 1", () => {
    expect(
      parseQuestion('How many members does the first-term provincial Front committee have?'),
    ).toMatchObject({
      counted: 'uy vien',
      identifiers: [{ word: 'khoa', n: 1 }],
    });
  });

  it("offices: a province's Party secretary, a People's Council vice chair, the State President, a delegation head", () => {
    expect(parseQuestion('Who is the Party secretary of Bac Lieu province?')).toMatchObject({
      intent: 'who',
      provinces: ['Bạc Liêu'],
      title: { head: 'bi thu' },
    });
    expect(
      parseQuestion("Who is the vice chairwoman of the Binh Thuan provincial People's Council?").title,
    ).toMatchObject({
      head: 'pho chu tich',
      org: ['hoi', 'dong', 'nhan', 'dan'],
      place: 'binh thuan',
    });
    expect(parseQuestion('Which State President funded the Great Solidarity houses?').title).toMatchObject({
      head: 'chu tich',
      central: true,
    });
    expect(parseQuestion('Who led the supervision delegation in Khanh Lam commune?').title?.head).toBe(
      'truong doan',
    );
  });

  it('what share / percentage asks for a percent', () => {
    expect(
      parseQuestion('What percentage of households registered as cultural families in 2019?'),
    ).toMatchObject({
      intent: 'how_many',
      quantityKind: 'percent',
    });
    expect(translateEnglish('What share of the funds has been allocated?')).toMatch(/^bao nhieu phan tram/);
  });

  it('which year asks for a year; how long and from what date to what date for a time; at which venue for a place', () => {
    expect(parseQuestion('In which year did the district hold its first congress?')).toMatchObject({
      intent: 'when',
      expected: 'year',
    });
    expect(parseQuestion('How long did the peak month for the poor last?').intent).toBe('when');
    expect(parseQuestion('From what date to what date did the province receive donations?').intent).toBe(
      'when',
    );
    expect(parseQuestion('At which venue was the consultation conference held?').intent).toBe('where');
  });

  it('"which session" asks for an ordinal; "which commune chaired" for a unit, not a person', () => {
    expect(
      parseQuestion('Which session of the district Front committee elected the new chairman?').expected,
    ).toBe('ordinal');
    expect(parseQuestion('Which commune chaired the emulation bloc in 2020?')).toMatchObject({
      expected: 'unit',
      askedLevel: 'commune',
    });
  });

  it('the number of a plan is its reference number, not a count', () => {
    expect(parseQuestion("What is the number of the Central Committee's plan on Tet gifts?")).toMatchObject({
      intent: 'what',
      expected: 'name',
    });
  });

  it('whose houses asks for people', () => {
    expect(parseQuestion('Whose houses did the ward repair and hand over?').intent).toBe('who');
  });

  it('members of a body, asked in any of the ways English asks it', () => {
    for (const q of [
      'Which districts and towns were in the cluster in 2013?',
      'Name the provinces of the Central Highlands emulation cluster.',
      'Which units make up emulation bloc 7 in Binh Thuan?',
      'Which provinces belong to the Nam Song Hau cluster?',
      'Which five units made up emulation cluster No. 1 in 2013?',
    ])
      expect(parseQuestion(q).intent, q).toBe('members');
  });

  it('"what was the total cost / value of X" asks last, so X is not what is counted', () => {
    expect(parseQuestion('What was the total cost of the houses handed over in the district?')).toMatchObject(
      {
        intent: 'how_many',
        counted: undefined,
        quantityKind: 'money',
      },
    );
    expect(parseQuestion('What was each Tet gift worth?')).toMatchObject({
      quantityKind: 'money',
      perUnit: true,
    });
    expect(parseQuestion("By how much did the province's economy grow in 2022?").quantityKind).toBe(
      'percent',
    );
  });

  it('"how many N in <scope> did …": N is counted with what it did', () => {
    expect(
      parseQuestion(
        'How many communes in the midland and northern mountainous cluster reached advanced new rural standards?',
      ).counted,
    ).toBe('xa dat nong thon moi nang cao');
  });

  it('"…, and what was the total amount?" is a second part of the question', () => {
    const q = parseQuestion(
      'How many gift packages were allocated for 34 provinces, and what was the total amount?',
    );
    expect(q.parts.map((p) => p.quantityKind)).toEqual(['gifts', 'money']);
  });

  it('ordinals and terms', () => {
    expect(parseQuestion('Where was the 9th congress of the Can Tho city Front held?').identifiers).toEqual([
      { word: 'lan', n: 9 },
    ]);
    expect(
      parseQuestion('Who was chosen as chairman of the provincial Front committee for the 2025-2030 term?')
        .identifiers,
    ).toEqual([{ word: 'nhiem ky', n: 2025 }]);
  });

  it('"An" of Nghe An is part of the name, not an article', () => {
    expect(parseQuestion('How much money did the people of Nghe An contribute?').provinces).toEqual([
      'Nghệ An',
    ]);
  });
});
