import type { Gender } from '../../contract/people.js';

export interface DemoPerson {
  fullName: string;
  gender: Gender;
  birthYear: number;
  unit: string;
  position: string;
}

/** Fictitious people: any likeness to a real official is a coincidence. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { fullName: 'Lò Thị Hạnh', gender: 'female', birthYear: 1986, unit: 'TUACHUA.PNV', position: 'Chuyên viên phụ trách thi đua – khen thưởng' },
  { fullName: 'Nguyễn Thị Ánh', gender: 'female', birthYear: 1990, unit: 'TUACHUA.PNV', position: 'Chuyên viên' },
  { fullName: 'Phạm Quốc Hưng', gender: 'male', birthYear: 1975, unit: 'TUACHUA.PNV', position: 'Trưởng phòng' },
  { fullName: 'Cà Văn Thành', gender: 'male', birthYear: 1982, unit: 'TUACHUA.PTCKH', position: 'Trưởng phòng' },
  { fullName: 'Hoàng Thị Mai', gender: 'female', birthYear: 1991, unit: 'TUACHUA.PTCKH', position: 'Kế toán' },
  { fullName: 'Đỗ Thị Lan', gender: 'female', birthYear: 1980, unit: 'TUACHUA.PVHTT', position: 'Trưởng phòng' },
  { fullName: 'Vàng A Chính', gender: 'male', birthYear: 1988, unit: 'TUACHUA.PVHTT', position: 'Chuyên viên' },
  { fullName: 'Lê Văn Đức', gender: 'male', birthYear: 1973, unit: 'TUACHUA.PGDDT', position: 'Trưởng phòng' },
  { fullName: 'Bùi Thị Thu Hà', gender: 'female', birthYear: 1985, unit: 'TUACHUA.PGDDT', position: 'Phó Trưởng phòng' },
  { fullName: 'Mùa A Lềnh', gender: 'male', birthYear: 1979, unit: 'TUACHUA.PNNPTNT', position: 'Trưởng phòng' },
  { fullName: 'Lường Văn Tiến', gender: 'male', birthYear: 1987, unit: 'TUACHUA.PTNMT', position: 'Trưởng phòng' },
  { fullName: 'Trần Thị Ngọc', gender: 'female', birthYear: 1984, unit: 'TUACHUA.PLDTBXH', position: 'Trưởng phòng' },
  { fullName: 'Đặng Văn Khải', gender: 'male', birthYear: 1981, unit: 'TUACHUA.PKTHT', position: 'Trưởng phòng' },
  { fullName: 'Vũ Thị Hồng', gender: 'female', birthYear: 1983, unit: 'TUACHUA.PYT', position: 'Trưởng phòng' },
  { fullName: 'Ngô Minh Quân', gender: 'male', birthYear: 1978, unit: 'TUACHUA.PTP', position: 'Trưởng phòng' },
  { fullName: 'Tòng Văn Ơn', gender: 'male', birthYear: 1976, unit: 'TUACHUA.PDT', position: 'Trưởng phòng' },
  { fullName: 'Phan Thanh Sơn', gender: 'male', birthYear: 1974, unit: 'TUACHUA.TTRA', position: 'Chánh Thanh tra' },
  { fullName: 'Đinh Thị Yến', gender: 'female', birthYear: 1989, unit: 'TUACHUA.VP', position: 'Chánh Văn phòng' },
  { fullName: 'Trần Văn Bình', gender: 'male', birthYear: 1970, unit: 'TUACHUA.UBND', position: 'Phó Chủ tịch UBND huyện' },
  { fullName: 'Lý Văn Hòa', gender: 'male', birthYear: 1977, unit: 'TUACHUA.TT', position: 'Chủ tịch UBND thị trấn' },
  { fullName: 'Điêu Thị Xuân', gender: 'female', birthYear: 1992, unit: 'TUACHUA.TT', position: 'Công chức Văn phòng – Thống kê' },
  { fullName: 'Giàng A Sử', gender: 'male', birthYear: 1980, unit: 'TUACHUA.MUONGBANG', position: 'Chủ tịch UBND xã' },
  { fullName: 'Quàng Văn Dũng', gender: 'male', birthYear: 1993, unit: 'TUACHUA.MUONGBANG', position: 'Công chức Văn phòng – Thống kê' },
  { fullName: 'Lò Thị Ên', gender: 'female', birthYear: 1995, unit: 'TUACHUA.MUONGBANG', position: 'Công chức Văn hóa – Xã hội' },
  { fullName: 'Sùng A Dình', gender: 'male', birthYear: 1983, unit: 'TUACHUA.MUONGDUN', position: 'Chủ tịch UBND xã' },
  { fullName: 'Lầu Thị Mỷ', gender: 'female', birthYear: 1994, unit: 'TUACHUA.MUONGDUN', position: 'Công chức Văn phòng – Thống kê' },
  { fullName: 'Thào A Páo', gender: 'male', birthYear: 1981, unit: 'TUACHUA.HUOISO', position: 'Chủ tịch UBND xã' },
  { fullName: 'Vừ A Chứ', gender: 'male', birthYear: 1985, unit: 'TUACHUA.LAOXAPHINH', position: 'Chủ tịch UBND xã' },
  { fullName: 'Hạng Thị Dợ', gender: 'female', birthYear: 1990, unit: 'TUACHUA.SINCHAI', position: 'Phó Chủ tịch UBND xã' },
  { fullName: 'Mùa A Thắng', gender: 'male', birthYear: 1979, unit: 'TUACHUA.SINHPHINH', position: 'Chủ tịch UBND xã' },
  { fullName: 'Lý A Dế', gender: 'male', birthYear: 1986, unit: 'TUACHUA.TAPHIN', position: 'Chủ tịch UBND xã' },
  { fullName: 'Cứ Thị Chía', gender: 'female', birthYear: 1991, unit: 'TUACHUA.TASINTHANG', position: 'Công chức Tư pháp – Hộ tịch' },
  { fullName: 'Giàng Thị Pà', gender: 'female', birthYear: 1988, unit: 'TUACHUA.TRUNGTHU', position: 'Phó Chủ tịch UBND xã' },
  { fullName: 'Lò Văn Hưởng', gender: 'male', birthYear: 1984, unit: 'TUACHUA.TUATHANG', position: 'Chủ tịch UBND xã' },
  { fullName: 'Tráng A Lử', gender: 'male', birthYear: 1987, unit: 'TUACHUA.XANHE', position: 'Chủ tịch UBND xã' },
  { fullName: 'Vì Văn Thắng', gender: 'male', birthYear: 1983, unit: 'DIENBIEN.SNV.BTDKT', position: 'Chuyên viên Ban Thi đua – Khen thưởng' },
  { fullName: 'Nguyễn Thị Thanh Tâm', gender: 'female', birthYear: 1978, unit: 'DIENBIEN.SNV.BTDKT', position: 'Trưởng ban' },
  { fullName: 'Lò Văn Xuân', gender: 'male', birthYear: 1982, unit: 'DIENBIEN.XA.TUACHUA', position: 'Chủ tịch UBND xã' },
  { fullName: 'Giàng Thị Dung', gender: 'female', birthYear: 1994, unit: 'DIENBIEN.XA.TUACHUA', position: 'Công chức Văn phòng – Thống kê' },
  { fullName: 'Quàng Thị Hoa', gender: 'female', birthYear: 1984, unit: 'DIENBIEN.XA.TUACHUA', position: 'Phó Chủ tịch UBND xã' },
  { fullName: 'Tòng Thị Lả', gender: 'female', birthYear: 1990, unit: 'DIENBIEN.XA.TUACHUA', position: 'Công chức Văn phòng – Nội vụ' },
  { fullName: 'Lầu Thị Sua', gender: 'female', birthYear: 1996, unit: 'DIENBIEN.XA.TUACHUA', position: 'Công chức Văn hóa – Xã hội' },
  { fullName: 'Sùng A Vàng', gender: 'male', birthYear: 1985, unit: 'DIENBIEN.XA.SINCHAI', position: 'Chủ tịch UBND xã' },
];
