import { describe, expect, it } from 'vitest';
import type { BoardRow, Indicator, RollupCell, TrackingSummary } from '../../../contract/reporting.js';
import {
  DEFAULT_RECIPIENT,
  consolidatedSubject,
  draftConsolidatedReport,
  excerpt,
  governingCommittee,
  reportRecipient,
  toCreateDocumentBody,
  toParsedDocument,
  type ConsolidatedInput,
  type UnitRef,
} from './consolidated-report.js';

function unit(name: string, kind: string, over: Partial<UnitRef> = {}): UnitRef {
  return { id: `id-${name}`, code: name.toUpperCase(), name, shortName: null, kind, status: 'active', ...over };
}

function indicator(code: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id: `ind-${code}`,
    movementId: 'm',
    code,
    name: code,
    unitOfMeasure: '',
    valueType: 'number',
    direction: 'up',
    rule: 'sum',
    denominatorIndicatorId: null,
    baseline: null,
    targets: [],
    required: false,
    position: 0,
    note: null,
    version: 1,
    ...over,
  };
}

function cell(indicatorId: string, over: Partial<RollupCell> = {}): RollupCell {
  return { indicatorId, value: null, count: 0, target: null, targetLabel: null, meets: null, ratio: null, ...over };
}

function lateRow(unitName: string, over: Partial<BoardRow>): BoardRow {
  return {
    unitId: `id-${unitName}`,
    unitName,
    unitKind: 'commune',
    level: 'commune',
    groups: [],
    status: 'not_started',
    reportId: null,
    firstSubmittedAt: null,
    daysLate: null,
    overdueDays: null,
    changesAfterAcceptance: 0,
    lastReminderAt: null,
    ...over,
  };
}

const SUMMARY: TrackingSummary = {
  expected: 12,
  reported: 9,
  accepted: 8,
  returned: 1,
  draft: 1,
  notStarted: 2,
  onTime: 7,
  late: 2,
  missing: 3,
  pending: 0,
  completeness: 0.75,
  timeliness: 0.5833,
};

const district = unit('Huyện Tủa Chùa', 'district');
const ubnd = unit('Ủy ban nhân dân huyện Tủa Chùa', 'agency', { shortName: 'UBND huyện' });
const province = unit('Tỉnh Điện Biên', 'province');

function input(over: Partial<ConsolidatedInput> = {}): ConsolidatedInput {
  const online = indicator('ONLINE', { name: 'Tỷ lệ hồ sơ xử lý trên môi trường mạng', unitOfMeasure: '%', valueType: 'percent' });
  const households = indicator('HO', { name: 'Số hộ thoát nghèo', unitOfMeasure: 'hộ' });
  const none = indicator('NONE', { name: 'Mô hình mới', rule: 'none' });
  const note = indicator('NOTE', { name: 'Ghi chú', valueType: 'text', rule: 'none' });
  return {
    assignment: { title: 'Báo cáo kết quả thực hiện các phong trào thi đua năm 2024' },
    source: {
      docType: 'Công văn',
      numberText: '1185',
      symbol: 'UBND-NV',
      issuedOn: '2024-10-21',
      issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
      parentIssuer: null,
      place: 'Tủa Chùa',
      signer: { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' },
    },
    owner: ubnd,
    draftingUnit: { code: 'TUACHUA.PNV', shortName: 'PNV' },
    recipient: province,
    summary: SUMMARY,
    indicators: [online, households, none, note],
    totals: [
      cell(online.id, { value: 72.456, count: 9, targetLabel: '≥ 80 %', meets: false, ratio: 0.9057 }),
      cell(households.id, { value: 1234, count: 9 }),
      cell(none.id),
      cell(note.id),
    ],
    dataAsOf: '2024-11-14T02:30:00Z',
    reports: [
      {
        unitName: 'Xã Mường Báng',
        narrative: { ket_qua: 'Toàn xã   đã\ntriển khai phong trào.', ton_tai: 'Mạng chưa ổn định.', de_xuat: '' },
        exemplary: [
          { kind: 'person', name: 'Quàng Văn Dũng', position: 'Chủ tịch UBND xã', achievement: 'Vận động 40 hộ thoát nghèo' },
          { kind: 'collective', name: 'Bản Háng Khúa', position: null, achievement: '' },
        ],
      },
      { unitName: 'Xã Đun Nhì', narrative: { ket_qua: 'Hoàn thành kế hoạch.', de_xuat: 'Đề nghị hỗ trợ cây giống.' }, exemplary: [] },
    ],
    late: [lateRow('Xã Đun Nhì', { status: 'accepted', daysLate: 3 }), lateRow('Xã Tả Phìn', { overdueDays: 10 })],
    today: '2024-11-15',
    ...over,
  };
}

const section = (draft: ReturnType<typeof draftConsolidatedReport>, prefix: string) => draft.body.find((s) => s.heading?.startsWith(prefix))!.paragraphs;

describe('draftConsolidatedReport', () => {
  const draft = draftConsolidatedReport(input());

  it('heads the report: type, subject, issuer, symbol, căn cứ, recipient, signer', () => {
    expect(draft).toMatchObject({
      docType: 'Báo cáo',
      subject: 'Tổng hợp kết quả thực hiện các phong trào thi đua năm 2024',
      issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
      symbol: 'BC-UBND',
      place: 'Tủa Chùa',
      recipients: [{ unitId: province.id, name: 'Tỉnh Điện Biên' }],
      references: [{ number: '1185/UBND-NV', date: '2024-10-21', kind: 'Công văn', issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA' }],
      signer: { name: 'Lò Văn Minh', authority: 'KT.' },
      distribution: ['Như trên', 'Lưu: VT, PNV'],
      year: 2024,
    });
  });

  it('I: the deployment, with counts and completeness', () => {
    expect(section(draft, 'I.')).toEqual([
      'Thực hiện Công văn số 1185/UBND-NV ngày 21/10/2024 về báo cáo kết quả thực hiện các phong trào thi đua năm 2024, Ủy ban nhân dân huyện Tủa Chùa tổng hợp kết quả như sau:',
      'Có 9/12 đơn vị đã gửi báo cáo (đạt 75 %), trong đó 7 đơn vị gửi đúng hạn, 2 đơn vị gửi trễ hạn; 3 đơn vị chưa gửi báo cáo.',
    ]);
  });

  it('II: one line per indicator, Vietnamese numbers, target and verdict', () => {
    expect(section(draft, 'II.')).toEqual([
      'Số liệu tổng hợp từ các báo cáo đã được tiếp nhận, tính đến 14/11/2024 09:30:',
      '- Tỷ lệ hồ sơ xử lý trên môi trường mạng: đạt 72,46 % (mục tiêu ≥ 80 %; 90,6 %) — chưa đạt.',
      '- Số hộ thoát nghèo: đạt 1.234 hộ.',
      '- Mô hình mới: không tổng hợp (xem báo cáo của từng đơn vị).',
    ]);
  });

  it('III–V: the units’ own words, quoted under their names; a unit with nothing to say is left out', () => {
    expect(section(draft, 'III.')).toEqual(['Xã Mường Báng: “Toàn xã đã triển khai phong trào.”', 'Xã Đun Nhì: “Hoàn thành kế hoạch.”']);
    expect(section(draft, 'IV.')).toEqual(['Xã Mường Báng: “Mạng chưa ổn định.”']);
    expect(section(draft, 'V.')).toEqual(['Xã Đun Nhì: “Đề nghị hỗ trợ cây giống.”']);
  });

  it('VI and VII: the exemplary, then the late and missing units', () => {
    expect(section(draft, 'VI.')).toEqual([
      '- Cá nhân Quàng Văn Dũng, Chủ tịch UBND xã (Xã Mường Báng): Vận động 40 hộ thoát nghèo',
      '- Tập thể Bản Háng Khúa (Xã Mường Báng).',
    ]);
    expect(section(draft, 'VII.')).toEqual(['- Xã Đun Nhì: gửi trễ 3 ngày.', '- Xã Tả Phìn: chưa gửi báo cáo (quá hạn 10 ngày).']);
  });

  it('says so when there is nothing to tell', () => {
    const empty = draftConsolidatedReport(input({ reports: [], late: [], dataAsOf: null, totals: input().totals.map((c) => ({ ...c, value: null })) }));
    expect(section(empty, 'II.')[0]).toBe('Chưa có báo cáo nào được tiếp nhận để tổng hợp số liệu.');
    expect(section(empty, 'II.')[1]).toBe('- Tỷ lệ hồ sơ xử lý trên môi trường mạng: chưa có số liệu.');
    expect(section(empty, 'III.')).toEqual(['Chưa có đơn vị nào báo cáo kết quả thực hiện.']);
    expect(section(empty, 'VI.')).toEqual(['Các đơn vị chưa đề xuất tập thể, cá nhân tiêu biểu.']);
    expect(section(empty, 'VII.')).toEqual(['Các đơn vị đều gửi báo cáo đúng hạn.']);
  });

  it('addresses the default recipient and cites nothing when there is no unit above and no number', () => {
    const d = draftConsolidatedReport(input({ recipient: null, owner: district, source: { ...input().source, numberText: null }, draftingUnit: null }));
    expect(d.recipients).toEqual([{ text: DEFAULT_RECIPIENT }]);
    expect(d.references).toEqual([]);
    expect(d.distribution).toEqual(['Như trên', 'Lưu: VT']);
    expect(section(d, 'I.')[0]).toBe('Ủy ban nhân dân huyện Tủa Chùa tổng hợp kết quả thực hiện các phong trào thi đua năm 2024 như sau:');
  });

  it('gives the same draft to the register and to the renderer', () => {
    const body = toCreateDocumentBody(draft, 'owner-id', 'drafting-id');
    expect(body).toMatchObject({ direction: 'outgoing', ownerUnitId: 'owner-id', draftingUnitId: 'drafting-id', docType: 'Báo cáo', recipients: [{ unitId: province.id }] });
    const parsed = toParsedDocument(draft);
    expect(parsed).toMatchObject({ number: null, date: null, year: 2024, symbol: 'BC-UBND', recipients: ['Tỉnh Điện Biên'] });
    expect(parsed.body).toEqual(body.body);
    expect(parsed.subject).toBe(body.subject);
  });
});

describe('consolidatedSubject', () => {
  it.each([
    ['Báo cáo kết quả thực hiện phong trào', 'Tổng hợp kết quả thực hiện phong trào'],
    ['Kết quả phong trào "Xanh"', 'Tổng hợp kết quả phong trào "Xanh"'],
    ['Thực hiện phong trào thi đua năm 2024', 'Tổng hợp kết quả thực hiện phong trào thi đua năm 2024'],
    ['Đánh giá phong trào', 'Tổng hợp kết quả đánh giá phong trào'],
  ])('%s → %s', (title, subject) => {
    expect(consolidatedSubject(title)).toBe(subject);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, spaces collapsed', () => {
    expect(excerpt('  Một   câu\nngắn. ')).toBe('Một câu ngắn.');
  });

  it('cuts a long text at a word boundary, within the limit, with an ellipsis', () => {
    const text = 'Các thôn bản hưởng ứng tích cực, '.repeat(30);
    const cut = excerpt(text);
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    // The word before the ellipsis is whole, and no comma dangles before it.
    expect(cut).toMatch(/(Các|thôn|bản|hưởng|ứng|tích|cực)…$/u);
  });

  it('cuts a text without spaces hard', () => {
    expect(excerpt('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('reportRecipient', () => {
  it('is the owner’s parent', () => {
    expect(reportRecipient([district, province])).toBe(province);
  });

  it('skips the level a People’s Committee governs', () => {
    expect(reportRecipient([ubnd, district, province])).toBe(province);
  });

  it('skips units closed since, and is null at the top', () => {
    const closedDistrict = { ...district, status: 'closed' };
    expect(reportRecipient([unit('Phòng Nội vụ', 'office'), closedDistrict, province])).toBe(province);
    expect(reportRecipient([province])).toBeNull();
    expect(reportRecipient([])).toBeNull();
  });
});

describe('governingCommittee', () => {
  const provinceCommittee = unit('Ủy ban nhân dân tỉnh Điện Biên', 'agency');
  const department = unit('Sở Nội vụ tỉnh Điện Biên', 'department');

  it('addresses the People’s Committee of the province, not the territory', () => {
    expect(governingCommittee(province, [department, provinceCommittee])).toBe(provinceCommittee);
  });

  it('keeps the unit when it has no People’s Committee among its children, or is not a territory', () => {
    expect(governingCommittee(province, [department])).toBe(province);
    expect(governingCommittee(department, [provinceCommittee])).toBe(department);
    expect(governingCommittee(null, [provinceCommittee])).toBeNull();
  });
});
