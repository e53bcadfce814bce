/**
 * Abbreviations of Front and state bodies, expanded at index and at query time so that
 * "MTTQ", "Mặt trận Tổ quốc" and "mat tran to quoc" meet. Keys and expansions are folded.
 * Longer keys win ("ubmttqvn" before "mttq").
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubmttqvn: 'uy ban mat tran to quoc viet nam',
  ubmttq: 'uy ban mat tran to quoc',
  mttqvn: 'mat tran to quoc viet nam',
  mttq: 'mat tran to quoc',
  mttw: 'mat tran trung uong',
  ubtu: 'uy ban trung uong',
  ubtw: 'uy ban trung uong',
  btv: 'ban thuong vu',
  pct: 'pho chu tich',
  pctt: 'pho chu tich thuong truc',
  pbt: 'pho bi thu',
  uvbtv: 'uy vien ban thuong vu',
  uvtv: 'uy vien ban thuong vu',
  btt: 'ban thuong truc',
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  dbqh: 'dai bieu quoc hoi',
  qh: 'quoc hoi',
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  'kt-xh': 'kinh te xa hoi',
  ktxh: 'kinh te xa hoi',
  'qp-an': 'quoc phong an ninh',
  qpan: 'quoc phong an ninh',
  antq: 'an ninh to quoc',
  lhpn: 'lien hiep phu nu',
  ccb: 'cuu chien binh',
  tncs: 'thanh nien cong san',
  ntm: 'nong thon moi',
  ddk: 'dai doan ket',
  bch: 'ban chap hanh',
  tw: 'trung uong',
  tu: 'trung uong',
  vn: 'viet nam',
  vff: 'mat tran to quoc viet nam',
  dbscl: 'dong bang song cuu long',
  dbsh: 'dong bang song hong',
};

/**
 * Titles typed as initials in chats ("ct mttq huyện", "bt xã"): two letters that are also ordinary
 * syllables or codes, so they are expanded only before a word that begins a body or an
 * administrative unit (TITLE_BODY_HEADS), where nothing but a title can stand.
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ct: 'chu tich',
  bt: 'bi thu',
};

/** Folded words (or abbreviations) that begin the body or unit a title belongs to. */
export const TITLE_BODY_HEADS: ReadonlySet<string> = new Set(
  'mttq mttqvn ubmttq ubmttqvn mat uy ubnd hdnd ub hoi ban dang lhpn ccb tinh huyen xa phuong quan thi thanh tp tx tt'.split(
    ' ',
  ),
);

/** Abbreviations that must not be expanded when they stand as ordinary words in folded text. */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(['tu', 'tt', 'tx', 'qh']);

/**
 * Grammatical syllables (folded) that never start or end a compound: no syllable bigram is built
 * with them ("cua_tinh", "va_cac" say nothing that the two words alone do not).
 */
export const FUNCTION_SYLLABLES: ReadonlySet<string> = new Set(
  'cua va cac nhung duoc da la cho voi trong tai tu den ve theo tren mot nay do thi ma de khi se dang cung nhu o ra vao hon rat'.split(
    ' ',
  ),
);
