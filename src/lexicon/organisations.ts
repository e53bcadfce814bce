/**
 * Words that open the name of an organisation, a business or a bank, as written in articles
 * ("Hội Nông dân tỉnh", "Công ty TNHH Thủy sản Minh Phát", "ngân hàng Agribank Chi nhánh Vũng Tàu").
 */

/** Brands that name a business on their own. */
export const BRANDS: readonly string[] = ['Viettel', 'Agribank', 'Vietcombank', 'BIDV', 'Vietinbank'];

/** Brands that are banks. */
export const BANK_BRANDS: readonly string[] = ['Agribank', 'Vietcombank', 'BIDV', 'Vietinbank'];

/** Heads of a bank's name. */
export const BANK_HEADS: readonly string[] = ['Ngân hàng', ...BANK_BRANDS];

/** Heads of a business's name: a company, a bank, a cooperative, a branch, or a brand. */
export const BUSINESS_HEADS: readonly string[] = [
  'Ngân hàng',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Hợp tác xã',
  'Doanh nghiệp',
  'Chi nhánh',
  ...BRANDS,
];

/** Heads of any organisation's name, in the order they are tried. */
export const ORGANISATION_HEADS: readonly string[] = [
  'Ngân hàng',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Hội',
  'Liên đoàn',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
  'Đoàn Thanh niên',
  'Ủy ban',
  'Uỷ ban',
  'Ban',
  'Sở',
  'Bệnh viện',
  'Trường',
  'Chi nhánh',
  'Bộ',
  'Quỹ',
  'Hợp tác xã',
  'Doanh nghiệp',
  'Chùa',
  'Nhà thờ',
  'Giáo xứ',
  'Bưu điện',
  'Điện lực',
  ...BRANDS,
];

/** Heads that are common nouns, written in lower case too ("ngân hàng Agribank", "các công ty"). */
export const HEADS_WRITTEN_LOWER: ReadonlySet<string> = new Set([
  'Ngân hàng',
  'Công ty',
  'Tập đoàn',
  'Doanh nghiệp',
  'Chùa',
]);
