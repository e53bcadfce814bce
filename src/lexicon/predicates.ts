/**
 * Words that begin what a sentence says about its subject (folded, lower case as written). A list of names
 * ends before them: in "…gồm các tỉnh Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi tổ chức hội nghị giao ban" the
 * last member is "Quảng Ngãi". Only lower-case words count, so "Việt Nam" or "Hội Nông dân" stay whole.
 */
export const PREDICATE_STARTS: readonly string[] = [
  'to chuc',
  'tien hanh',
  'tham gia',
  'thong nhat',
  'phoi hop',
  'trien khai',
  'thuc hien',
  'chu tri',
  'dang cai',
  'dien ra',
  'ky ket',
  'da',
  'dang',
  'se',
  'vua',
  'cung',
  'hop',
  'duoc',
  'nhan',
  'bau',
  'trao',
  'dat',
  'du',
  'la',
  'lam',
  'tai',
  'vao',
  'nham',
  'de',
];
