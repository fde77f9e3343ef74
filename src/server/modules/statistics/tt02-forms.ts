/**
 * Biểu 0601.N – 0605.N of Circular 02/2023/TT-BNV (báo cáo thống kê thi đua, khen thưởng): what
 * each line and column counts. Titles, lines and column order of 0601–0603 follow the forms as
 * published with the circular (seen in lifephongphanmem/thiduakhenthuong, views BaoCao/TT022023);
 * 0604 and 0605 are reconstructed from the circular's list of forms, to check against the circular.
 * Lines start with an en dash where the forms print a hyphen: a cell starting with "-" would be
 * escaped as a formula and show a stray quote.
 */
import type { Award, AwardCategory } from '../../../contract/awards.js';
import type { UnitLevel } from '../../../core/awards/authority.js';
import type { FormColumn, FormSpec } from './form-sheet.js';

export const TT02_FORMS = ['0601', '0602', '0603', '0604', '0605'] as const;
export type Tt02Form = (typeof TT02_FORMS)[number];

/** Phong trào thi đua, as 0601 reads it. */
export interface MovementItem {
  kind: string;
  ownerLevel: UnitLevel;
  /** Run by a Cụm/Khối thi đua. */
  inGroup: boolean;
  startsOn: string;
  endsOn: string | null;
}

/** One award record (khen thưởng) of the year. */
export interface AwardItem {
  award: Award;
  subject: 'person' | 'collective';
  /** Kind of the unit awarded (collective) or of the person's unit. */
  unitKind: string | null;
  /** Loại hình of the nomination behind the record; null for history entered by hand. */
  awardKind: string | null;
}

/** What 0604 counts: a council, one of its members, or a unit with someone doing the work. */
export type OrganisationItem =
  | { type: 'council'; level: UnitLevel }
  | { type: 'member'; level: UnitLevel; role: string }
  | { type: 'officer_unit'; level: UnitLevel };

/** A user doing emulation work (role officer), as 0605 reads it. */
export interface StaffItem {
  level: UnitLevel;
  gender: string | null;
  /** Age reached in the report year; null when the birth year is not recorded. */
  age: number | null;
}

const DAY_MS = 86_400_000;

/** Days from start to end, both included. */
function spanDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / DAY_MS) + 1;
}

export type DurationClass = 'under_1' | 'one' | '1_to_3' | '3_to_5' | 'over_5';

/**
 * Thời hạn thi đua. A movement without an end date is an ongoing yearly (thường xuyên) one and
 * counts as "1 năm"; one calendar year (365 or 366 days) is "1 năm".
 */
export function durationClass(m: Pick<MovementItem, 'startsOn' | 'endsOn'>): DurationClass {
  if (m.endsOn === null) return 'one';
  const days = spanDays(m.startsOn, m.endsOn);
  if (days < 365) return 'under_1';
  if (days <= 366) return 'one';
  const years = days / 365.25;
  if (years < 3) return '1_to_3';
  if (years < 5) return '3_to_5';
  return 'over_5';
}

const isLevel = (level: UnitLevel) => (item: { level: UnitLevel }) => item.level === level;
const LEVEL_COLUMNS: FormColumn<{ level: UnitLevel }>[] = [
  { header: 'Cấp tỉnh', match: isLevel('province') },
  { header: 'Cấp huyện', match: isLevel('district') },
  { header: 'Cấp xã', match: isLevel('commune') },
  { header: 'Cơ quan, tổ chức, đơn vị', match: isLevel('agency') },
];

const SUBTREE_NOTE = 'Số liệu của đơn vị báo cáo và mọi đơn vị trực thuộc (kể cả đơn vị đã giải thể, sáp nhập còn trong cây đơn vị).';

export const FORM_0601: FormSpec<MovementItem> = {
  number: '0601',
  title: 'SỐ PHONG TRÀO THI ĐUA',
  unitOfMeasure: 'Phong trào',
  unitColumn: false,
  totalCode: '1=(2+3+4)',
  columns: [
    { group: 'Chia theo cấp chủ trì phát động thi đua', header: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)', match: () => false },
    { group: 'Chia theo cấp chủ trì phát động thi đua', header: 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương', match: (m) => m.ownerLevel === 'province' },
    { group: 'Chia theo cấp chủ trì phát động thi đua', header: 'Cơ quan, tổ chức, đơn vị', match: (m) => m.ownerLevel !== 'province' },
    { group: 'Trong đó cột 4', header: 'Cấp huyện', match: (m) => m.ownerLevel === 'district' },
    { group: 'Trong đó cột 4', header: 'Cấp xã', match: (m) => m.ownerLevel === 'commune' },
    { group: 'Trong đó cột 4', header: 'Cơ quan, đơn vị', match: (m) => m.ownerLevel === 'agency' },
  ],
  lines: [
    { label: 'Tổng số', code: '01', match: () => true },
    { label: '1. Chia theo phạm vi tổ chức thi đua' },
    { label: '– Toàn quốc', code: '02', match: () => false },
    { label: '– Bộ, ban, ngành đoàn thể, địa phương', code: '03', match: (m) => !m.inGroup && m.ownerLevel !== 'agency' },
    { label: '– Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', code: '04', match: (m) => m.inGroup },
    { label: '– Cơ quan, tổ chức, đơn vị', code: '05', match: (m) => !m.inGroup && m.ownerLevel === 'agency' },
    { label: '2. Chia theo thời hạn thi đua' },
    { label: '– Dưới 1 năm', code: '06', match: (m) => durationClass(m) === 'under_1' },
    { label: '– 1 năm', code: '07', match: (m) => durationClass(m) === 'one' },
    { label: '– Từ 1 năm đến dưới 3 năm', code: '08', match: (m) => durationClass(m) === '1_to_3' },
    { label: '– Từ 3 năm đến dưới 5 năm', code: '09', match: (m) => durationClass(m) === '3_to_5' },
    { label: '– Từ 5 năm trở lên', code: '10', match: (m) => durationClass(m) === 'over_5' },
    { label: '3. Chia theo phương thức tổ chức phong trào thi đua' },
    { label: '– Thi đua theo chuyên đề', code: '11', match: (m) => m.kind !== 'regular' },
    { label: '– Thi đua thường xuyên hàng năm', code: '12', match: (m) => m.kind === 'regular' },
  ],
  notes: [
    SUBTREE_NOTE,
    'Phong trào được tính khi thời gian thi đua (từ ngày bắt đầu đến ngày kết thúc) giao với năm báo cáo; cấp chủ trì là cấp của đơn vị phát động.',
    'Cấp Trung ương và phạm vi toàn quốc: thidua chỉ quản lý phong trào của địa phương nên ghi 0.',
    'Phạm vi: phong trào gắn với cụm, khối thi đua tính vào dòng 04; còn lại, đơn vị phát động là cơ quan, tổ chức tính vào dòng 05, là chính quyền (tỉnh, huyện, xã) tính vào dòng 03.',
    'Thời hạn tính từ ngày bắt đầu đến ngày kết thúc; phong trào chưa có ngày kết thúc là phong trào thường xuyên hằng năm, tính là 1 năm.',
    'Phương thức: phong trào thường xuyên tính dòng 12; phong trào chuyên đề và theo đợt tính dòng 11.',
  ],
};

const KIND_OF_AWARD = [
  { label: '– Thường xuyên', match: (a: AwardItem) => a.awardKind === null || a.awardKind === 'regular' },
  { label: '– Chuyên đề', match: (a: AwardItem) => a.awardKind === 'thematic' },
  { label: '– Đột xuất', match: (a: AwardItem) => a.awardKind === 'sudden' },
] as const;

const AWARD_NOTES = [
  SUBTREE_NOTE,
  'Tính các quyết định khen thưởng đã ghi vào lịch sử khen thưởng có năm của ngày quyết định (nếu không có ngày quyết định: năm thành tích) là năm báo cáo; cá nhân tính theo đơn vị hiện tại của người đó.',
  'Phương thức khen thưởng lấy theo loại hình của đề nghị khen thưởng dẫn đến quyết định; khen thưởng nhập tay vào lịch sử (không qua đề nghị) được tính là thường xuyên.',
  'Chia cá nhân theo chức vụ (lãnh đạo, doanh nhân, người trực tiếp lao động…) và các phương thức đối ngoại, cống hiến, niên hạn, kháng chiến: thidua chưa ghi nhận nên để trống.',
  'Hộ gia đình: lịch sử khen thưởng chỉ ghi cá nhân và tập thể nên ghi 0; doanh nghiệp là tập thể thuộc loại đơn vị "doanh nghiệp".',
];

const CATEGORY_ORDER: readonly AwardCategory[] = ['huan_chuong', 'huy_chuong', 'danh_hieu_vinh_du', 'co_thi_dua', 'bang_khen', 'chien_si_thi_dua', 'tap_the', 'lao_dong_tien_tien', 'giay_khen', 'van_hoa'];
export const CATEGORY_LABEL: Record<AwardCategory, string> = {
  huan_chuong: 'Huân chương',
  huy_chuong: 'Huy chương',
  danh_hieu_vinh_du: 'Danh hiệu vinh dự Nhà nước',
  co_thi_dua: 'Cờ thi đua',
  bang_khen: 'Bằng khen',
  chien_si_thi_dua: 'Chiến sĩ thi đua',
  tap_the: 'Danh hiệu tập thể',
  lao_dong_tien_tien: 'Lao động tiên tiến',
  giay_khen: 'Giấy khen',
  van_hoa: 'Danh hiệu văn hóa',
};

/** Biểu 0602.N: every national award of the catalogue, one column for collectives and one for individuals. */
export function form0602(catalogue: readonly Award[]): FormSpec<AwardItem> {
  const national = catalogue.filter((a) => a.level === 'national').sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  const columns = national.flatMap((award): FormColumn<AwardItem>[] =>
    (['collective', 'person'] as const).map((subject) => ({
      group: CATEGORY_LABEL[award.category],
      header: `${award.name} - ${subject === 'collective' ? 'Tập thể' : 'Cá nhân'}`,
      match: (a) => a.award.code === award.code && a.subject === subject,
    })),
  );
  return {
    number: '0602',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    unitOfMeasure: null,
    unitColumn: true,
    totalCode: '1',
    columns,
    lines: [
      { label: 'Tổng số', code: '1', match: () => true },
      { label: '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng' },
      { label: '– Bộ, ban, ngành, đoàn thể Trung ương', code: '2', unit: 'Bộ, ngành', match: () => false },
      { label: '– Tỉnh, thành phố trực thuộc Trung ương', code: '3', unit: 'Tỉnh, TP', match: () => true },
      { label: '2. Chia theo đối tượng khen thưởng' },
      { label: '– Tập thể', code: '6', unit: 'Tập thể', match: (a) => a.subject === 'collective' },
      { label: 'Trong đó: Doanh nghiệp', code: '7', unit: 'Doanh nghiệp', match: (a) => a.subject === 'collective' && a.unitKind === 'enterprise' },
      { label: '– Hộ gia đình', code: '8', unit: 'Hộ', match: () => false },
      { label: '– Cá nhân', code: '9', unit: 'Người', match: (a) => a.subject === 'person' },
      { label: '3. Chia theo phương thức khen thưởng' },
      ...KIND_OF_AWARD.map((k, i) => ({ label: k.label, code: String(15 + i), match: k.match })),
      { label: '– Đối ngoại', code: '18', match: 'untracked' },
      { label: '– Cống hiến', code: '19', match: 'untracked' },
      { label: '– Niên hạn', code: '20', match: 'untracked' },
    ],
    notes: [
      ...AWARD_NOTES,
      'Khen thưởng cấp Nhà nước: các danh hiệu, hình thức trong danh mục có cấp "Nhà nước" (Chủ tịch nước, Thủ tướng Chính phủ quyết định); mỗi hình thức một cặp cột tập thể, cá nhân.',
      'Đơn vị trình: thidua là hệ thống của một tỉnh nên mọi khen thưởng cấp Nhà nước của các đơn vị được tính vào dòng 3 (tỉnh trình).',
      'Các dòng 10–14 (cá nhân chia theo chức vụ) của biểu không có trong bảng này vì chưa có dữ liệu.',
    ],
  };
}

const byCategory = (...categories: AwardCategory[]) => (a: AwardItem) => categories.includes(a.award.category);

/** Biểu 0603.N: awards of province level (bộ, ngành, tỉnh), by form as the circular's columns. */
export const FORM_0603: FormSpec<AwardItem> = {
  number: '0603',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  unitOfMeasure: null,
  unitColumn: true,
  totalCode: '1',
  columns: [
    { header: 'Bằng khen', match: byCategory('bang_khen') },
    { header: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh', match: byCategory('chien_si_thi_dua') },
    { header: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương', match: byCategory('co_thi_dua') },
    { header: 'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh', match: byCategory('huy_chuong') },
    { header: 'Hình thức khác (Tập thể lao động xuất sắc…)', match: (a) => !['bang_khen', 'chien_si_thi_dua', 'co_thi_dua', 'huy_chuong'].includes(a.award.category) },
  ],
  lines: [
    { label: 'Tổng số', code: '01', match: () => true },
    { label: '1. Chia theo đối tượng khen thưởng' },
    { label: '– Tập thể', code: '02', unit: 'Tập thể', match: (a) => a.subject === 'collective' },
    { label: 'Trong đó: Doanh nghiệp', code: '03', unit: 'Doanh nghiệp', match: (a) => a.subject === 'collective' && a.unitKind === 'enterprise' },
    { label: '– Hộ gia đình', code: '04', unit: 'Hộ', match: () => false },
    { label: '– Cá nhân', code: '05', unit: 'Người', match: (a) => a.subject === 'person' },
    { label: '2. Chia theo phương thức khen thưởng' },
    ...KIND_OF_AWARD.map((k, i) => ({ label: k.label, code: String(11 + i).padStart(2, '0'), match: k.match })),
    { label: '– Đối ngoại', code: '14', match: 'untracked' },
    { label: '– Cống hiến', code: '15', match: 'untracked' },
    { label: '– Niên hạn', code: '16', match: 'untracked' },
    { label: '– Kháng chiến', code: '17', match: 'untracked' },
  ],
  notes: [
    ...AWARD_NOTES,
    'Khen thưởng cấp bộ, ngành, tỉnh: các danh hiệu, hình thức trong danh mục có cấp "tỉnh" (Chủ tịch Ủy ban nhân dân tỉnh quyết định), xếp cột theo loại khen thưởng của danh mục.',
    'Các dòng 06–10 (cá nhân chia theo chức vụ) của biểu không có trong bảng này vì chưa có dữ liệu.',
  ],
};

const COUNCIL_ROLES = [
  ['chair', 'Chủ tịch Hội đồng'],
  ['standing_vice_chair', 'Phó Chủ tịch thường trực'],
  ['vice_chair', 'Phó Chủ tịch'],
  ['member', 'Ủy viên'],
  ['secretary', 'Thư ký'],
] as const;

/** Biểu 0604.N (reconstructed, to check against the circular): the bodies doing emulation work. */
export const FORM_0604: FormSpec<OrganisationItem> = {
  number: '0604',
  title: 'TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  unitOfMeasure: null,
  unitColumn: true,
  totalCode: '1=(2+3+4+5)',
  columns: LEVEL_COLUMNS,
  lines: [
    { label: 'Số Hội đồng Thi đua - Khen thưởng', code: '01', unit: 'Hội đồng', match: (i) => i.type === 'council' },
    { label: 'Số thành viên Hội đồng Thi đua - Khen thưởng', code: '02', unit: 'Người', match: (i) => i.type === 'member' },
    { label: 'Trong đó:' },
    ...COUNCIL_ROLES.map(([role, label], n) => ({ label: `– ${label}`, code: String(3 + n).padStart(2, '0'), unit: 'Người', match: (i: OrganisationItem) => i.type === 'member' && i.role === role })),
    { label: 'Số cơ quan, đơn vị có người làm công tác thi đua, khen thưởng', code: '08', unit: 'Đơn vị', match: (i) => i.type === 'officer_unit' },
  ],
  notes: [
    'Bố cục biểu 0604.N được dựng lại theo danh mục biểu của Thông tư 02/2023/TT-BNV, cần đối chiếu với mẫu gốc.',
    SUBTREE_NOTE,
    'Hội đồng: Hội đồng Thi đua - Khen thưởng đã lập trong thidua của từng đơn vị; cấp theo loại của đơn vị lập Hội đồng. Số liệu tại thời điểm xuất báo cáo, không theo năm.',
    'Thành viên: thành viên đang hoạt động của Hội đồng, chia theo vai trò trong Hội đồng.',
    'Đơn vị có người làm công tác thi đua, khen thưởng: đơn vị có ít nhất một tài khoản đang hoạt động mang vai trò cán bộ thi đua (officer).',
  ],
};

const ageIn = (from: number, to: number | null) => (s: StaffItem) => s.age !== null && s.age >= from && (to === null || s.age < to);

/** Biểu 0605.N (reconstructed, to check against the circular): the people doing emulation work. */
export const FORM_0605: FormSpec<StaffItem> = {
  number: '0605',
  title: 'SỐ NGƯỜI LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  unitOfMeasure: 'Người',
  unitColumn: false,
  totalCode: '1',
  columns: [
    { group: 'Giới tính', header: 'Nam', match: (s) => s.gender === 'male' },
    { group: 'Giới tính', header: 'Nữ', match: (s) => s.gender === 'female' },
    { group: 'Giới tính', header: 'Chưa rõ giới tính', match: (s) => s.gender !== 'male' && s.gender !== 'female' },
    { group: 'Độ tuổi', header: 'Dưới 30 tuổi', match: ageIn(0, 30) },
    { group: 'Độ tuổi', header: 'Từ 30 đến dưới 40 tuổi', match: ageIn(30, 40) },
    { group: 'Độ tuổi', header: 'Từ 40 đến dưới 50 tuổi', match: ageIn(40, 50) },
    { group: 'Độ tuổi', header: 'Từ 50 đến dưới 60 tuổi', match: ageIn(50, 60) },
    { group: 'Độ tuổi', header: 'Từ 60 tuổi trở lên', match: ageIn(60, null) },
    { group: 'Độ tuổi', header: 'Chưa rõ năm sinh', match: (s) => s.age === null },
  ],
  lines: [
    { label: 'Tổng số', code: '01', match: () => true },
    { label: 'Chia theo cấp' },
    { label: '– Cấp tỉnh', code: '02', match: isLevel('province') },
    { label: '– Cấp huyện', code: '03', match: isLevel('district') },
    { label: '– Cấp xã', code: '04', match: isLevel('commune') },
    { label: '– Cơ quan, tổ chức, đơn vị', code: '05', match: isLevel('agency') },
  ],
  notes: [
    'Bố cục biểu 0605.N được dựng lại theo danh mục biểu của Thông tư 02/2023/TT-BNV, cần đối chiếu với mẫu gốc.',
    SUBTREE_NOTE,
    'Người làm công tác thi đua, khen thưởng: tài khoản đang hoạt động mang vai trò cán bộ thi đua (officer) của đơn vị trong cây; số liệu tại thời điểm xuất báo cáo.',
    'Giới tính và năm sinh lấy từ hồ sơ cá nhân gắn với tài khoản; tài khoản chưa gắn hồ sơ tính vào cột "chưa rõ". Tuổi = năm báo cáo - năm sinh.',
    'Cột 2–4 (giới tính) và cột 5–10 (độ tuổi) mỗi nhóm cộng lại bằng cột 1.',
  ],
};
