/**
 * Who published an article, told by the mark its dateline opens with — "(TTXVN)", "(PLVN) -",
 * "ĐBP -", "(GLO)-", "(kontumtv.vn) –" — or by the host of its URL. A local outlet also tells
 * which province a bare "tỉnh" in its text refers to (Báo Gia Lai → Gia Lai).
 * A dateline written as a host ("(baonghean.vn) -") is matched against `hosts` too.
 * Plain data: add a row for a new outlet.
 */

export interface PublisherMark {
  /** Dateline marks as written, without brackets or dash ("TTXVN", "ĐBP", "kontumtv.vn"). */
  marks: readonly string[];
  /** The outlet's name as shown in citations. */
  publisher: string;
  /** The province a local outlet belongs to. */
  province?: string;
  /** Host names of the outlet's sites (a "www."/"m." prefix is ignored). */
  hosts?: readonly string[];
}

export const PUBLISHER_MARKS: readonly PublisherMark[] = [
  { marks: ['TTXVN'], publisher: 'TTXVN', hosts: ['baotintuc.vn', 'vnanet.vn', 'bnews.vn'] },
  {
    marks: ['Vietnam+', 'VietnamPlus'],
    publisher: 'Báo điện tử VietnamPlus (TTXVN)',
    hosts: ['vietnamplus.vn'],
  },
  { marks: ['PLVN'], publisher: 'Báo Pháp luật Việt Nam', hosts: ['baophapluat.vn'] },
  { marks: ['Mặt trận'], publisher: 'Cổng TTĐT Mặt trận Tổ quốc Việt Nam', hosts: ['mattran.org.vn'] },
  {
    marks: ['Tạp chí Mặt trận'],
    publisher: 'Tạp chí Mặt trận',
    hosts: ['tapchimattran.vn', 'tapchimattran.org.vn'],
  },
  { marks: ['ĐĐK', 'Đại Đoàn Kết'], publisher: 'Báo Đại Đoàn Kết', hosts: ['daidoanket.vn'] },
  {
    marks: ['ĐBP'],
    publisher: 'Báo Điện Biên Phủ',
    province: 'Điện Biên',
    hosts: ['baodienbienphu.com.vn', 'baodienbienphu.info.vn'],
  },
  { marks: ['GLO'], publisher: 'Báo Gia Lai', province: 'Gia Lai', hosts: ['baogialai.com.vn'] },
  {
    marks: ['kontumtv.vn'],
    publisher: 'Đài Phát thanh - Truyền hình Kon Tum (kontumtv.vn)',
    province: 'Kon Tum',
    hosts: ['kontumtv.vn'],
  },
  {
    marks: ['HNM'],
    publisher: 'Báo Hànộimới',
    province: 'Hà Nội',
    hosts: ['hanoimoi.vn', 'hanoimoi.com.vn'],
  },
  { marks: ['ANTĐ'], publisher: 'Báo An ninh Thủ đô', province: 'Hà Nội', hosts: ['anninhthudo.vn'] },
  {
    marks: ['SGGP', 'SGGPO'],
    publisher: 'Báo Sài Gòn Giải Phóng',
    province: 'Hồ Chí Minh',
    hosts: ['sggp.org.vn'],
  },
  { marks: ['QĐND'], publisher: 'Báo Quân đội nhân dân', hosts: ['qdnd.vn'] },
  { marks: ['NDĐT', 'NDO'], publisher: 'Báo Nhân Dân', hosts: ['nhandan.vn', 'nhandan.com.vn'] },
  { marks: ['CAND'], publisher: 'Báo Công an nhân dân', hosts: ['cand.com.vn'] },
  { marks: ['VOV', 'VOV.VN'], publisher: 'Đài Tiếng nói Việt Nam (VOV)', hosts: ['vov.vn'] },
  { marks: ['Chinhphu.vn'], publisher: 'Cổng TTĐT Chính phủ', hosts: ['chinhphu.vn', 'baochinhphu.vn'] },
  { marks: ['ĐCSVN'], publisher: 'Báo điện tử Đảng Cộng sản Việt Nam', hosts: ['dangcongsan.vn'] },
  { marks: ['Dân trí'], publisher: 'Báo Dân trí', hosts: ['dantri.com.vn'] },
  { marks: [], publisher: 'Báo Nghệ An', province: 'Nghệ An', hosts: ['baonghean.vn'] },
  { marks: [], publisher: 'Báo Long An', province: 'Long An', hosts: ['baolongan.vn'] },
  { marks: [], publisher: 'Báo Thanh Hóa', province: 'Thanh Hóa', hosts: ['baothanhhoa.vn'] },
  { marks: [], publisher: 'Báo Bắc Kạn', province: 'Bắc Kạn', hosts: ['baobackan.vn', 'baobackan.org.vn'] },
  { marks: [], publisher: 'Báo Ninh Thuận', province: 'Ninh Thuận', hosts: ['baoninhthuan.com.vn'] },
  { marks: [], publisher: 'Báo Thừa Thiên Huế', province: 'Thừa Thiên Huế', hosts: ['baothuathienhue.vn'] },
  {
    marks: [],
    publisher: 'Báo Quảng Ninh',
    province: 'Quảng Ninh',
    hosts: ['baoquangninh.vn', 'baoquangninh.com.vn'],
  },
  { marks: [], publisher: 'Báo Mới (baomoi.com)', hosts: ['baomoi.com'] },
];
