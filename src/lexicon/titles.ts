/**
 * Words of position titles and of the organizations they belong to. A title is written as
 * "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh": a head (Phó Chủ tịch), an
 * optional qualifier (Thường trực) and an organization with its locality. Folded forms.
 */

/** Title heads, longest first when matching. */
export const TITLE_HEADS: readonly string[] = [
  'pho chu tich thuong truc',
  'pho chu tich',
  'chu tich',
  'pho bi thu thuong truc',
  'pho bi thu',
  'bi thu',
  'tong bi thu',
  'thu tuong',
  'pho thu tuong',
  'pho truong ban',
  'truong ban',
  'pho truong doan',
  'truong doan',
  'uy vien thuong vu',
  'uy vien ban thuong vu',
  'uy vien ban thuong truc',
  'uy vien',
  'tinh uy vien',
  'huyen uy vien',
  'thanh uy vien',
  'pho giam doc',
  'giam doc',
  'chanh van phong',
  'pho chanh van phong',
  'cum truong',
  'cum pho',
  'truong cum',
  'pho cum',
  'tong thu ky',
  'pho tong thu ky',
  'truong phong',
  'chu nhiem',
];

/** Words that qualify a title head or stand for an organization: they belong to the title, not the name. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  [
    'uy', 'ban', 'mat', 'tran', 'to', 'quoc', 'viet', 'nam', 'trung', 'uong', 'mttq', 'ubmttq', 'ubmttqvn',
    'ubtu', 'ubtw', 'hdnd', 'ubnd', 'tinh', 'huyen', 'thanh', 'thi', 'xa', 'phuong', 'quan', 'pho', 'tran',
    'hoi', 'dong', 'nhan', 'dan', 'thuong', 'truc', 'vu', 'dang', 'doan', 'dai', 'bieu', 'cong', 'tac',
    'dan', 'van', 'tuyen', 'giao', 'to', 'chuc', 'kiem', 'ngoai', 'kieu', 'bao', 'phia', 'lien', 'hiep',
    'phu', 'nu', 'nong', 'cuu', 'chien', 'binh', 'thanh', 'nien', 'cum', 'khoi', 'dua', 'btv', 'bch',
    'chap', 'hanh', 'hanh', 'chinh', 'tri', 'xa', 'moi', 'lanh', 'dao', 'nuoc', 'chu', 'tich', 'bi', 'thu',
    'truong', 'bo', 'so', 'nganh', 'quoc', 'hoi', 'dbqh', 'ban', 'thu', 'ky', 'van', 'phong', 'khen',
    'thuong', 'thuong', 'tin', 'ton', 'giao', 'dan', 'toc', 'tong', 'lien', 'doan', 'lao', 'dong', 'dang',
    'uy', 'vien', 'cuu', 'tro', 'van', 'dong', 'sang', 'tao', 'kinh', 'te', 'dbp',
  ],
);

/** Words that mean a body at central level: a title carrying them is not a province's or district's. */
export const CENTRAL_WORDS: readonly string[] = ['trung uong', 'chu tich nuoc', 'thu tuong', 'chu tich quoc hoi', 'tong bi thu'];

/** Administrative levels as written before a locality name, folded, longest first. */
export const ADMIN_WORDS: readonly string[] = [
  'thanh pho',
  'thi xa',
  'thi tran',
  'tinh',
  'huyen',
  'quan',
  'xa',
  'phuong',
  'thon',
  'ap',
  'to dan pho',
  'khu pho',
  'tp',
];

export type AdminLevel = 'province' | 'district' | 'commune' | 'village';

export const ADMIN_LEVEL: Readonly<Record<string, AdminLevel>> = {
  tinh: 'province',
  'thanh pho': 'district',
  tp: 'district',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
  thon: 'village',
  ap: 'village',
  'to dan pho': 'village',
  'khu pho': 'village',
};
