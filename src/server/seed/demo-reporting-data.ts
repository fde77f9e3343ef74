/**
 * Figures of the demo's 2024 reporting cycle: the district's movement, its indicators and the
 * reports of the 25 units of its blocks and clusters. Illustrative, not official statistics:
 * the numbers are plausible for a mountain district (poverty near 40 %, forest cover near 45 %).
 */
import { formatNumberVi } from '../../core/reporting/numbers.js';

export const MOVEMENT_2024 = {
  name: 'Phong trào thi đua lập thành tích chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và các ngày lễ lớn năm 2024',
  kind: 'campaign' as const,
  startsOn: '2024-02-06',
  endsOn: '2024-12-31',
  description:
    'Đẩy mạnh các phong trào thi đua yêu nước lập thành tích thiết thực chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024), 115 năm thành lập tỉnh và 75 năm thành lập tỉnh Điện Biên; giảm nghèo bền vững, chuyển đổi số, trồng cây và phát triển rừng.',
  phases: [
    { phase: 'launch' as const, startsOn: '2024-02-06', endsOn: '2024-02-29' },
    { phase: 'registration' as const, startsOn: '2024-03-01', endsOn: '2024-03-31' },
    { phase: 'implementation' as const, startsOn: '2024-04-01', endsOn: '2024-10-31' },
    { phase: 'final' as const, startsOn: '2024-11-01', endsOn: '2024-12-31' },
  ],
};

export const PROVINCE_MOVEMENT_2024 = {
  name: 'Phong trào thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
  kind: 'thematic' as const,
  startsOn: '2024-01-01',
  endsOn: '2024-12-31',
  description: 'Phong trào do UBND tỉnh Điện Biên phát động; các huyện triển khai bằng phong trào của cấp mình.',
  phases: [],
};

export interface DemoIndicator {
  code: string;
  name: string;
  unitOfMeasure: string;
  valueType: 'number' | 'percent' | 'boolean' | 'text';
  direction: 'up' | 'down' | 'range';
  rule: 'sum' | 'avg' | 'wavg' | 'min' | 'max' | 'last' | 'none';
  denominator?: string;
  baseline?: number;
  targets: { level: 'all' | 'province' | 'district' | 'commune' | 'agency'; comparator: 'gte' | 'lte' | 'eq' | 'between'; value: number; valueMax?: number }[];
  note?: string;
}

/** In report order. Denominators come before the rates weighted by them. */
export const INDICATORS_2024: DemoIndicator[] = [
  { code: 'TONG_SO_HO', name: 'Tổng số hộ trên địa bàn', unitOfMeasure: 'hộ', valueType: 'number', direction: 'up', rule: 'sum', targets: [] },
  { code: 'HO_NGHEO_DAU_NAM', name: 'Số hộ nghèo đầu năm (chuẩn đa chiều)', unitOfMeasure: 'hộ', valueType: 'number', direction: 'down', rule: 'sum', targets: [] },
  { code: 'HO_THOAT_NGHEO', name: 'Số hộ thoát nghèo trong năm', unitOfMeasure: 'hộ', valueType: 'number', direction: 'up', rule: 'sum', targets: [] },
  {
    code: 'GIAM_TY_LE_HO_NGHEO',
    name: 'Mức giảm tỷ lệ hộ nghèo trong năm',
    unitOfMeasure: 'điểm %',
    valueType: 'number',
    direction: 'up',
    rule: 'wavg',
    denominator: 'TONG_SO_HO',
    targets: [{ level: 'all', comparator: 'gte', value: 4 }],
    note: 'Văn bản: phấn đấu giảm tỷ lệ hộ nghèo bình quân hằng năm từ 4% trở lên',
  },
  { code: 'TONG_HO_SO', name: 'Tổng số hồ sơ công việc', unitOfMeasure: 'hồ sơ', valueType: 'number', direction: 'up', rule: 'sum', targets: [] },
  {
    code: 'HO_SO_TREN_MANG',
    name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
    unitOfMeasure: '%',
    valueType: 'percent',
    direction: 'up',
    rule: 'wavg',
    denominator: 'TONG_HO_SO',
    targets: [
      { level: 'district', comparator: 'gte', value: 80 },
      { level: 'agency', comparator: 'gte', value: 80 },
      { level: 'commune', comparator: 'gte', value: 60 },
    ],
    note: 'Văn bản: ít nhất 80% hồ sơ công việc cấp huyện, 60% hồ sơ công việc cấp xã',
  },
  { code: 'CAY_TRONG_MOI', name: 'Số cây xanh trồng mới', unitOfMeasure: 'cây', valueType: 'number', direction: 'up', rule: 'sum', targets: [] },
  {
    code: 'TY_LE_CAY_SONG',
    name: 'Tỷ lệ cây trồng sống',
    unitOfMeasure: '%',
    valueType: 'percent',
    direction: 'up',
    rule: 'wavg',
    denominator: 'CAY_TRONG_MOI',
    targets: [{ level: 'all', comparator: 'gte', value: 85 }],
  },
  {
    code: 'CHE_PHU_RUNG',
    name: 'Tỷ lệ che phủ rừng',
    unitOfMeasure: '%',
    valueType: 'percent',
    direction: 'up',
    rule: 'avg',
    baseline: 44.2,
    targets: [{ level: 'all', comparator: 'gte', value: 45 }],
  },
  { code: 'VAN_HOA_CONG_SO', name: 'Đạt chuẩn văn hóa công sở', unitOfMeasure: 'đơn vị', valueType: 'boolean', direction: 'up', rule: 'sum', targets: [] },
];

export const RULES_2024 = [
  { code: 'THOAT_NGHEO_LE_DAU_NAM', left: 'HO_THOAT_NGHEO', op: 'lte' as const, right: 'HO_NGHEO_DAU_NAM', severity: 'error' as const, message: null },
  { code: 'NGHEO_LE_TONG_HO', left: 'HO_NGHEO_DAU_NAM', op: 'lte' as const, right: 'TONG_SO_HO', severity: 'error' as const, message: null },
  {
    code: 'GIAM_NGHEO_BAT_THUONG',
    left: 'GIAM_TY_LE_HO_NGHEO',
    op: 'lte' as const,
    right: 10,
    severity: 'warning' as const,
    message: 'Mức giảm tỷ lệ hộ nghèo trên 10 điểm % trong một năm là bất thường: đề nghị giải trình nguồn số liệu',
  },
];

/** What happened to each unit's report by the consolidation on 15/11/2024. */
export type DemoOutcome = 'accepted' | 'accepted_late' | 'submitted' | 'submitted_late' | 'returned' | 'draft' | 'none';

/** Unit code suffix (under TUACHUA) → outcome. Mường Báng has not started: the walkthrough fills it in. */
export const OUTCOMES_2024: Record<string, DemoOutcome> = {
  VP: 'accepted',
  PNV: 'accepted',
  PTCKH: 'accepted',
  PTP: 'accepted_late',
  TTRA: 'submitted',
  PDT: 'none',
  PVHTT: 'accepted',
  PGDDT: 'accepted',
  PNNPTNT: 'accepted',
  PTNMT: 'returned',
  PLDTBXH: 'accepted',
  PKTHT: 'draft',
  PYT: 'accepted',
  TT: 'accepted',
  MUONGBANG: 'none',
  MUONGDUN: 'accepted',
  XANHE: 'accepted_late',
  TUATHANG: 'submitted_late',
  HUOISO: 'accepted',
  SINCHAI: 'accepted',
  LAOXAPHINH: 'returned',
  TASINTHANG: 'none',
  SINHPHINH: 'accepted',
  TRUNGTHU: 'submitted',
  TAPHIN: 'draft',
};

/** A stable pseudo-random number in [0, 1) per unit and key, so every demo database is the same. */
function unitRandom(code: string, key: string): number {
  let h = 2166136261;
  for (const ch of `${code}:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h % 10_000) / 10_000;
}
const between = (code: string, key: string, lo: number, hi: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round((lo + (hi - lo) * unitRandom(code, key)) * f) / f;
};

export interface DemoReportContent {
  values: Record<string, number | boolean>;
  narrative: Record<string, string>;
  exemplary: { kind: 'collective' | 'person'; name: string; position: string | null; achievement: string }[];
}

/** Figures of one unit; communes report households and forests, offices their own dossiers and trees. */
export function demoReportContent(code: string, name: string, isCommune: boolean): DemoReportContent {
  const values: Record<string, number | boolean> = {};
  const dossiers = isCommune ? between(code, 'hs', 900, 2600) : between(code, 'hs', 400, 1800);
  const online = isCommune ? between(code, 'online', 48, 82, 1) : between(code, 'online', 72, 96, 1);
  values.TONG_HO_SO = dossiers;
  values.HO_SO_TREN_MANG = online;
  const trees = isCommune ? between(code, 'cay', 1500, 9000) : between(code, 'cay', 50, 400);
  values.CAY_TRONG_MOI = trees;
  values.TY_LE_CAY_SONG = between(code, 'song', 78, 96, 1);
  values.VAN_HOA_CONG_SO = unitRandom(code, 'vhcs') > 0.2;
  let povertyText = '';
  if (isCommune) {
    const households = between(code, 'ho', 650, 1900);
    const poor = Math.round(households * between(code, 'ngheo', 0.28, 0.52, 3));
    const out = Math.round(poor * between(code, 'thoat', 0.08, 0.16, 3));
    values.TONG_SO_HO = households;
    values.HO_NGHEO_DAU_NAM = poor;
    values.HO_THOAT_NGHEO = out;
    values.GIAM_TY_LE_HO_NGHEO = Math.round((out / households) * 1000) / 10;
    values.CHE_PHU_RUNG = between(code, 'rung', 36, 58, 1);
    povertyText = ` Toàn ${name.startsWith('Thị trấn') ? 'thị trấn' : 'xã'} có ${formatNumberVi(out)} hộ thoát nghèo trên tổng số ${formatNumberVi(poor)} hộ nghèo đầu năm; tỷ lệ hộ nghèo giảm ${formatNumberVi(values.GIAM_TY_LE_HO_NGHEO as number, 1)} điểm %.`;
  }
  const onlineText = formatNumberVi(online, 1);
  const pick = (key: string, options: readonly string[]) => options[Math.floor(unitRandom(code, key) * options.length)]!;
  const narrative = {
    ket_qua: isCommune
      ? `${name} đã quán triệt, tổ chức phát động phong trào thi đua đến toàn thể cán bộ, công chức và Nhân dân trên địa bàn; ${pick('hoatdong', [
          'tổ chức các hoạt động tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ tại các thôn, bản',
          'tổ chức giải bóng chuyền, văn nghệ chào mừng 70 năm Chiến thắng Điện Biên Phủ và 75 năm thành lập tỉnh',
          'ra quân dọn dẹp vệ sinh môi trường, thu gom rác thải tại các đường làng, ngõ xóm và khu trung tâm',
        ])}.${povertyText} Xử lý ${onlineText}% hồ sơ công việc trên môi trường mạng; trồng mới ${formatNumberVi(trees)} cây xanh phân tán và cây hoa ban dọc các tuyến đường liên thôn.`
      : `${name} đã triển khai phong trào đến toàn thể cán bộ, công chức, người lao động; ${pick('hoatdong', [
          'gắn thi đua với thực hiện nhiệm vụ chuyên môn và văn hóa công sở',
          'đăng ký thi đua từ đầu năm và chấm điểm thi đua hằng tháng',
          'tham gia đầy đủ các hoạt động kỷ niệm do huyện tổ chức',
        ])}. Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt ${onlineText}%; tham gia trồng ${formatNumberVi(trees)} cây xanh tại khuôn viên cơ quan và khu vực được phân công.`,
    ton_tai: isCommune
      ? pick('tontai', [
          'Hạ tầng mạng tại một số thôn, bản vùng cao chưa ổn định; một bộ phận Nhân dân còn tâm lý trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.',
          'Tỷ lệ cây sống ở các điểm trồng xa khu dân cư chưa cao; việc chăm sóc cây sau trồng chưa thường xuyên.',
          'Nguồn lực cho giảm nghèo còn hạn chế; một số hộ thoát nghèo chưa bền vững, có nguy cơ tái nghèo.',
        ])
      : pick('tontai', [
          'Một số hồ sơ có tài liệu giấy từ cấp xã chưa được số hóa nên còn xử lý song song.',
          'Việc chấm điểm thi đua hằng tháng có lúc còn hình thức; phát hiện, nhân rộng điển hình tiên tiến chưa kịp thời.',
          'Trang thiết bị công nghệ thông tin đã xuống cấp, ảnh hưởng đến việc xử lý hồ sơ trên môi trường mạng.',
        ]),
    de_xuat: isCommune
      ? pick('dexuat', [
          'Đề nghị UBND huyện tiếp tục hỗ trợ cây giống và kinh phí chăm sóc cây trồng năm thứ hai.',
          'Đề nghị đầu tư nâng cấp đường truyền Internet cho các thôn vùng cao để người dân dùng dịch vụ công trực tuyến.',
          'Đề nghị ưu tiên nguồn vốn chương trình mục tiêu quốc gia giảm nghèo cho các thôn, bản đặc biệt khó khăn trên địa bàn.',
        ])
      : pick('dexuat', [
          'Đề nghị bố trí kinh phí số hóa hồ sơ lưu trữ của đơn vị.',
          'Đề nghị tổ chức tập huấn kỹ năng sử dụng hệ thống quản lý văn bản cho công chức mới.',
          'Đề nghị bổ sung máy tính, máy quét cho bộ phận tiếp nhận và trả kết quả.',
        ]),
  };
  const exemplary: DemoReportContent['exemplary'] =
    unitRandom(code, 'tieubieu') > 0.45
      ? [
          {
            kind: 'collective',
            name: isCommune ? `Thôn trung tâm ${name.replace(/^Xã |^Thị trấn /u, '')}` : `Bộ phận một cửa, ${name}`,
            position: null,
            achievement: isCommune ? `Dẫn đầu ${name.startsWith('Thị trấn') ? 'thị trấn' : 'xã'} về giảm nghèo và trồng cây hoa ban năm 2024` : 'Hoàn thành 100% hồ sơ đúng hạn, xử lý toàn bộ trên môi trường mạng',
          },
        ]
      : [];
  return { values, narrative, exemplary };
}

/** Instants of the demo's 2024 timeline (Vietnam time), so lateness reads as it did then. */
export function demoTimes(code: string, outcome: DemoOutcome) {
  const day = (d: number, h: number) => new Date(Date.UTC(2024, 10, d, h - 7, Math.round(unitRandom(code, 'phut') * 59)));
  const late = outcome === 'accepted_late' || outcome === 'submitted_late';
  const submitted = late ? day(between(code, 'tre', 6, 11), 15) : day(between(code, 'som', 1, 5), 9);
  return {
    created: day(1, 8),
    submitted,
    returned: day(Math.max(submitted.getUTCDate() + 1, 7), 10),
    accepted: day(Math.max(submitted.getUTCDate() + 1, 12), 16),
  };
}
