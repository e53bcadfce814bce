/**
 * Question patterns over folded Vietnamese (English is translated first). Order matters: the first
 * intent whose pattern matches wins.
 */
export type Intent = 'members' | 'how_many' | 'when' | 'where' | 'who' | 'what';

export const INTENT_PATTERNS: ReadonlyArray<{ intent: Intent; re: RegExp }> = [
  {
    intent: 'what',
    re: /(?<![a-z])(lan )?thu may(?![a-z])|so hieu|ky hieu|hinh thuc (gi|nao)|(phong trao|cuoc van dong|chuong trinh|quy|ke hoach|chi thi|nghi quyet)( thi dua)? nao/,
  },
  {
    intent: 'members',
    re: /(?<![a-z])(bao )?gom (nhung |cac |may )?(tinh|thanh pho|don vi|huyen|xa|dia phuong|thanh vien|quan|thi xa)?[a-z ,]{0,20}?(nao|gi)(?![a-z])|(nhung|cac) (tinh|don vi|huyen|xa|thanh vien) nao (thuoc|trong|cua|la thanh vien)|(cum|khoi)(?: [a-z0-9]+){0,9} co (nhung|cac|may) (tinh|thanh pho|don vi|huyen|xa|thanh vien)( [a-z]+){0,2} nao/,
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
  [/(?<![a-z])(thi tran|xa|phuong)( [a-z]+)? nao/, 'commune'],
  [/(?<![a-z])(thon|ap|ban) nao/, 'village'],
  [/(?<![a-z])don vi nao/, 'unit'],
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
