/**
 * Vietnamese family names (including common ones of ethnic minorities), used to tell where a
 * person's name begins in a run of capitalized words: "Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng".
 * Folded forms.
 */
const SURNAMES_WRITTEN = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lưu', 'Trương', 'Lâm', 'Lò', 'Mùa', 'Lữ', 'Bố', 'Đinh', 'Mai', 'Tô', 'Hà', 'Cao', 'Đoàn',
  'Vương', 'Trịnh', 'Đào', 'Lương', 'Tạ', 'Thái', 'Chu', 'Quách', 'Kiều', 'Triệu', 'Lại', 'Tăng', 'Sầm',
  'Giàng', 'Vàng', 'Sùng', 'Thào', 'Hầu', 'Lầu', 'Ksor', 'Rơ', 'Siu', 'Nay', 'Rah', 'Y', 'H', 'Ka', 'Điểu',
  'Thạch', 'Danh', 'Kim', 'Sơn', 'Lục', 'Nông', 'Hứa', 'Tòng', 'Cầm', 'Quàng', 'Lường', 'Khổng', 'Khúc',
  'Từ', 'Văn', 'Diệp', 'Mạc', 'Phùng', 'Tống', 'Đàm', 'Bạch', 'La', 'Âu', 'Ninh', 'Giáp', 'Doãn',
  'Tiêu', 'Thân', 'Hoàng', 'Nghiêm', 'Vi', 'Vy', 'Ma', 'Hà', 'Đồng', 'Lã', 'Lỗ', 'Kha', 'Châu', 'Trang',
  'Mẫn', 'Đậu', 'Bế', 'Hoàng', 'Lộc', 'Ôn', 'Phó', 'Tôn', 'Ung', 'Cù', 'Hàn', 'Chế', 'Chử', 'Lò',
  'Sa', 'Mông', 'Thiều', 'Viên', 'Vòng', 'Hờ', 'Dư', 'Khương', 'Quan', 'Tạ', 'Cấn', 'Kiểu', 'Nhữ',
];


/** Lowercase NFC forms: folding would confuse "Trương" (a family name) with "Trưởng" (head of). */
export const SURNAMES: ReadonlySet<string> = new Set(SURNAMES_WRITTEN.map((s) => s.normalize('NFC').toLowerCase()));

/** Names that are family names but, alone at the head of a capitalized run, usually start something else. */
export const WEAK_SURNAMES: ReadonlySet<string> = new Set(
  ['Văn', 'Sơn', 'Hà', 'Nay', 'Y', 'H', 'La', 'Sa', 'Phó', 'Kim', 'Tống', 'Đồng', 'Ninh', 'Ma', 'Cao', 'Quan', 'Trang', 'Châu', 'Thái', 'Vi', 'Mai', 'Lộc', 'Danh', 'Ka', 'Viên', 'Tiêu', 'Thân', 'Tôn', 'Kiều', 'Chu'].map(
    (s) => s.normalize('NFC').toLowerCase(),
  ),
);
