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

/**
 * Verbs that open the predicate of a question about what someone did, folded ("buon don ban giao bao
 * nhieu nha", "agribank krong pac tai tro moi can bao nhieu"): the words before them say who did it.
 * Only verbs that fold to no other common word ("trao", "tang", "chi", "cap" do: trao/trào, tặng/tầng,
 * chi/chỉ, cấp/cặp), so that a question typed without marks is read right.
 */
export const ACTION_VERBS: readonly string[] = [
  'ban giao',
  'trao tang',
  'tai tro',
  'ho tro',
  'xay dung',
  'xay moi',
  'van dong',
  'ung ho',
  'quyen gop',
  'dong gop',
  'huy dong',
  'phan bo',
  'tiep nhan',
  'giam sat',
  'phat dong',
  'khanh thanh',
  'khoi cong',
];

/**
 * Words of a body or of a level that say nothing of who it is ("Ủy ban MTTQ tỉnh", "Mặt trận các
 * cấp", "Ban Vận động cứu trợ"), and of the time a question is set in ("cả năm 2024"): left out of a
 * question's subject before asking whether the archive knows it. Longer phrases first, folded.
 */
export const SUBJECT_FILLERS: readonly string[] = [
  'uy ban mat tran to quoc viet nam',
  'uy ban mat tran to quoc',
  'mat tran to quoc viet nam',
  'mat tran to quoc',
  'mat tran',
  'uy ban nhan dan',
  'hoi dong nhan dan',
  'uy ban',
  'ban thuong truc',
  'ban van dong cuu tro',
  'ban van dong',
  'cac cap',
  'thanh pho',
  'thi xa',
  'thi tran',
  'tinh',
  'huyen',
  'xa',
  'phuong',
  'quan',
  'cac',
  'nhung',
  'moi',
  'ca',
  'nam',
  'viet nam',
];
