/**
 * What a number counts, from the word(s) written after it. Keys are folded unit heads, longest
 * first when matching; `kind` groups units a question may ask about ("bao nhiêu tiền" → money).
 */

export type QuantityKind =
  | 'money'
  | 'area'
  | 'percent'
  | 'workdays'
  | 'houses'
  | 'gifts'
  | 'people'
  | 'households'
  | 'events'
  | 'documents'
  | 'units'
  | 'count';

export interface UnitEntry {
  kind: QuantityKind;
  /** Canonical display of the unit. */
  label: string;
}

export const UNITS: Readonly<Record<string, UnitEntry>> = {
  'ty dong': { kind: 'money', label: 'tỷ đồng' },
  'trieu dong': { kind: 'money', label: 'triệu đồng' },
  'nghin dong': { kind: 'money', label: 'nghìn đồng' },
  'ngan dong': { kind: 'money', label: 'nghìn đồng' },
  dong: { kind: 'money', label: 'đồng' },
  vnd: { kind: 'money', label: 'đồng' },
  usd: { kind: 'money', label: 'USD' },
  'do la': { kind: 'money', label: 'USD' },
  m2: { kind: 'area', label: 'm²' },
  'm²': { kind: 'area', label: 'm²' },
  'met vuong': { kind: 'area', label: 'm²' },
  ha: { kind: 'area', label: 'ha' },
  hecta: { kind: 'area', label: 'ha' },
  'hec ta': { kind: 'area', label: 'ha' },
  km2: { kind: 'area', label: 'km²' },
  '%': { kind: 'percent', label: '%' },
  'phan tram': { kind: 'percent', label: '%' },
  'ngay cong': { kind: 'workdays', label: 'ngày công' },
  'cong lao dong': { kind: 'workdays', label: 'ngày công' },
  'can nha': { kind: 'houses', label: 'căn nhà' },
  'ngoi nha': { kind: 'houses', label: 'ngôi nhà' },
  nha: { kind: 'houses', label: 'nhà' },
  can: { kind: 'houses', label: 'căn' },
  'suat qua': { kind: 'gifts', label: 'suất quà' },
  'phan qua': { kind: 'gifts', label: 'phần quà' },
  suat: { kind: 'gifts', label: 'suất' },
  'tui qua': { kind: 'gifts', label: 'túi quà' },
  nguoi: { kind: 'people', label: 'người' },
  'luot nguoi': { kind: 'people', label: 'lượt người' },
  'dai bieu': { kind: 'people', label: 'đại biểu' },
  'thanh vien': { kind: 'people', label: 'thành viên' },
  'hoi vien': { kind: 'people', label: 'hội viên' },
  'doan vien': { kind: 'people', label: 'đoàn viên' },
  'can bo': { kind: 'people', label: 'cán bộ' },
  'hoc sinh': { kind: 'people', label: 'học sinh' },
  ho: { kind: 'households', label: 'hộ' },
  'ho ngheo': { kind: 'households', label: 'hộ nghèo' },
  'hoi nghi': { kind: 'events', label: 'hội nghị' },
  cuoc: { kind: 'events', label: 'cuộc' },
  luot: { kind: 'events', label: 'lượt' },
  buoi: { kind: 'events', label: 'buổi' },
  'van ban': { kind: 'documents', label: 'văn bản' },
  xa: { kind: 'units', label: 'xã' },
  tinh: { kind: 'units', label: 'tỉnh' },
  huyen: { kind: 'units', label: 'huyện' },
  'don vi': { kind: 'units', label: 'đơn vị' },
  cum: { kind: 'units', label: 'cụm' },
  'khu dan cu': { kind: 'units', label: 'khu dân cư' },
  'mo hinh': { kind: 'count', label: 'mô hình' },
  'chi tieu': { kind: 'count', label: 'chỉ tiêu' },
  'noi dung': { kind: 'count', label: 'nội dung' },
  to: { kind: 'count', label: 'tổ' },
};

/** Question words that ask for a kind of quantity without naming its unit. */
export const KIND_CUES: Readonly<Record<string, QuantityKind>> = {
  tien: 'money',
  'kinh phi': 'money',
  'tri gia': 'money',
  'so tien': 'money',
  'ty dong': 'money',
  'trieu dong': 'money',
  'ung ho': 'money',
  von: 'money',
  // "được hỗ trợ bao nhiêu?", "vận động được bao nhiêu?": with nothing counted, an amount of money
  'ho tro': 'money',
  'van dong': 'money',
  'nguon von': 'money',
  'quyen gop': 'money',
  dat: 'area',
  'dien tich': 'area',
  'tang truong': 'percent',
  'ty le': 'percent',
  'phan tram': 'percent',
  'ngay cong': 'workdays',
};

/**
 * Qualifiers of what is counted that exclude one another: a figure written for one of them does not
 * answer a question about another ("156 người ứng cử đại biểu HĐND tỉnh" is not the count for
 * "đại biểu Quốc hội"; "xây mới 1.652 nhà" is not the houses repaired). Folded, abbreviations
 * expanded.
 */
export const EXCLUSIVE_QUALIFIERS: readonly (readonly string[])[] = [
  ['quoc hoi', 'hoi dong nhan dan'],
  ['xay moi', 'sua chua'],
  ['cap tinh', 'cap huyen', 'cap xa'],
  ['tap the', 'ca nhan'],
  ['ho ngheo', 'ho can ngheo'],
];
