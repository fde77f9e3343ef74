/**
 * The files of a covenant, pure: the criteria table as a sheet and back, the scoring summary
 * (bảng tổng hợp điểm) sheets, and the minutes of the year-end meeting (biên bản hội nghị tổng
 * kết cụm, khối thi đua) as a parsed document for the Decree 30 renderer.
 */
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import {
  CriterionInputSchema,
  CriterionKindSchema,
  type CriterionInput,
  type CriterionKind,
  type Ranking,
} from '../../../contract/covenants.js';
import type { BodySection, ParsedDocument } from '../../../contract/documents.js';
import type { GroupKind } from '../../../contract/groups.js';
import { validateCriteriaTable, type PlacedCriterion } from '../../../core/covenants/criteria-table.js';
import { formatPoints, fromHundredths, toHundredths, unitTotals, type ScoredCriterion } from '../../../core/covenants/scoring.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { defaultIssuerName } from '../../../core/document-numbers.js';
import { foldForSearch } from '../../../core/text.js';
import type { CellInput } from '../../render/cells.js';
import { ImportErrors, type ColumnSpec, type DataRow, type SheetModel } from '../../render/tabular.js';
import { placeOfUnit } from '../councils/council-minutes.js';

// ——— The criteria table ———

export type CriteriaField = 'code' | 'name' | 'kind' | 'maxPoints' | 'evidenceRequired';

export const CRITERIA_SHEET = 'Bảng tiêu chí';

export const CRITERIA_COLUMNS: ColumnSpec<CriteriaField>[] = [
  { field: 'code', header: 'Mã', aliases: ['mã tiêu chí', 'code'], required: true },
  { field: 'name', header: 'Nội dung', aliases: ['nội dung tiêu chí', 'tên tiêu chí', 'name'], required: true },
  { field: 'kind', header: 'Loại', aliases: ['loại dòng', 'kind', 'type'], required: true },
  { field: 'maxPoints', header: 'Điểm tối đa', aliases: ['điểm chuẩn', 'thang điểm', 'max points', 'max'], required: true },
  // Optional: a hand-made table without the column asks for no evidence anywhere.
  { field: 'evidenceRequired', header: 'Cần minh chứng', aliases: ['minh chứng', 'evidence required', 'evidence'], required: false },
];
const CRITERIA_HEADERS: Record<CriteriaField, string> = Object.fromEntries(CRITERIA_COLUMNS.map((c) => [c.field, c.header])) as Record<CriteriaField, string>;

/** Same limit as the table sent as JSON (UpdateCovenantBodySchema). */
export const MAX_CRITERIA_ROWS = 500;

export const KIND_LABELS: Record<CriterionKind, string> = {
  group: 'Nhóm nội dung',
  criterion: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};
const KIND_WORDS = new Map<string, CriterionKind>([
  ...CriterionKindSchema.options.map((k) => [foldForSearch(KIND_LABELS[k]), k] as const),
  ...CriterionKindSchema.options.map((k) => [k, k] as const),
  // The core's own short label ("Nhóm 1") is what people copy from error messages.
  ['nhom', 'group'],
]);
const KIND_CHOICES = 'ghi Nhóm nội dung, Tiêu chí, Điểm thưởng hoặc Điểm trừ';

// Excel gives a ticked boolean cell as TRUE/FALSE, so those read like Có/Không.
const EVIDENCE_WORDS = new Map<string, boolean>([
  ['co', true],
  ['x', true],
  ['true', true],
  ['khong', false],
  ['', false],
  ['false', false],
]);

/** "1" → 0, "1.2" → 1: how deep a row sits, for the indent of its code. */
const depthOf = (code: string) => code.split('.').length - 1;

/** The table as one sheet, in table order; points stay numbers so Excel can sum them. */
export function criteriaSheet(rows: readonly Pick<CriterionInput, 'code' | 'name' | 'kind' | 'maxPoints' | 'evidenceRequired'>[]): SheetModel {
  return {
    name: CRITERIA_SHEET,
    columns: [{ header: 'Mã', width: 10 }, { header: 'Nội dung', width: 70 }, { header: 'Loại', width: 16 }, { header: 'Điểm tối đa', width: 13 }, { header: 'Cần minh chứng', width: 16 }],
    rows: rows.map((r) => [r.code, r.name, KIND_LABELS[r.kind], r.maxPoints, r.evidenceRequired ? 'Có' : 'Không']),
    indents: rows.map((r) => depthOf(r.code)),
  };
}

/**
 * Points as a cell holds them. A number cell reads as "12.5"; typed text follows Vietnamese
 * writing, where "1.000" is a thousand and "12,5" twelve and a half (formatPoints writes so).
 */
export function parsePoints(text: string): number | null {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

const fieldSchema = CriterionInputSchema.shape;

/**
 * Reads the rows of an uploaded table: every cell first (row and column named), then, when all
 * rows read, the table as a whole with validateCriteriaTable, its errors put back on the sheet
 * row and column. Throws the one 400 of a failed import; returns the rows with their place.
 */
export function parseCriteriaRecords(records: readonly DataRow<CriteriaField>[]): PlacedCriterion[] {
  if (records.length > MAX_CRITERIA_ROWS) {
    const message = `Bảng tiêu chí có ${records.length} dòng, vượt giới hạn ${MAX_CRITERIA_ROWS} dòng`;
    throw new AppError('INVALID_INPUT', message, { file: message });
  }
  const errors = new ImportErrors(CRITERIA_HEADERS);
  const items: CriterionInput[] = [];
  const sheetRows: number[] = [];
  const firstRow = new Map<string, number>();

  for (const { row, values } of records) {
    const bad = (field: CriteriaField, message: string) => errors.add(row, field, message);
    const first = (error: z.ZodError | undefined) => error?.issues[0]?.message ?? 'Không hợp lệ';

    const code = values.code === '' ? null : fieldSchema.code.safeParse(values.code);
    if (code === null) bad('code', 'Không được để trống');
    else if (!code.success) bad('code', first(code.error));
    else {
      // Checked here rather than left to validateCriteriaTable, whose message counts table rows, not sheet rows.
      const earlier = firstRow.get(code.data);
      if (earlier !== undefined) bad('code', `"${code.data}" trùng với mã ở dòng ${earlier}`);
      else firstRow.set(code.data, row);
    }

    const name = fieldSchema.name.safeParse(values.name);
    if (!name.success) bad('name', first(name.error));

    const kind = KIND_WORDS.get(foldForSearch(values.kind));
    if (values.kind === '') bad('kind', `Không được để trống: ${KIND_CHOICES}`);
    else if (kind === undefined) bad('kind', `"${values.kind}" không hợp lệ: ${KIND_CHOICES}`);

    const points = values.maxPoints === '' ? null : parsePoints(values.maxPoints);
    const maxPoints = points === null ? null : fieldSchema.maxPoints.safeParse(points);
    if (values.maxPoints === '') bad('maxPoints', 'Không được để trống');
    else if (maxPoints === null) bad('maxPoints', `"${values.maxPoints}" không phải là số: ghi điểm bằng số, ví dụ 550 hoặc 12,5`);
    else if (!maxPoints.success) bad('maxPoints', first(maxPoints.error));

    const evidenceRequired = EVIDENCE_WORDS.get(foldForSearch(values.evidenceRequired));
    if (evidenceRequired === undefined) bad('evidenceRequired', `"${values.evidenceRequired}" không hợp lệ: ghi Có (hoặc x) hoặc Không (hoặc để trống)`);

    if (code?.success && name.success && kind !== undefined && maxPoints?.success && evidenceRequired !== undefined && !errors.hasRow(row)) {
      items.push({ code: code.data, name: name.data, kind, maxPoints: maxPoints.data, evidenceRequired, indicatorId: null });
      sheetRows.push(row);
    }
  }
  // A table with unread rows would report wrong group sums and missing parents: fix the cells first.
  errors.throwIfAny();

  const checked = validateCriteriaTable(items);
  if (checked.ok) return checked.rows;
  const wholeTable: string[] = [];
  for (const e of checked.errors) {
    const m = /^criteria\.(\d+)\.(\w+)$/.exec(e.field);
    const row = m ? sheetRows[Number(m[1])] : undefined;
    if (m && row !== undefined) errors.add(row, m[2] as CriteriaField, e.message);
    else wholeTable.push(e.message);
  }
  errors.throwIfAny();
  const message = wholeTable.join('; ');
  throw new AppError('INVALID_INPUT', message, { file: message });
}

// ——— The scoring summary ———

export interface ScoredUnit {
  unitName: string;
  status: 'none' | 'draft' | 'submitted';
  /** By criterion id; null or missing = not scored. */
  self: ReadonlyMap<string, number | null>;
  final: ReadonlyMap<string, number | null>;
}

export interface AdjustmentLine {
  unitName: string;
  criterionCode: string;
  fromScore: number | null;
  toScore: number;
  reason: string;
  byName: string;
  at: string;
}

export interface ScoreSheetsInput {
  groupName: string;
  year: number;
  statusLabel: string;
  /** In table order. */
  criteria: readonly ScoredCriterion[];
  units: readonly ScoredUnit[];
  ranking: Pick<Ranking, 'final' | 'tieBreakers' | 'items'>;
  adjustments: readonly AdjustmentLine[];
}

const SHEET_STATUS: Record<ScoredUnit['status'], string> = { none: 'Chưa chấm', draft: 'Đang chấm, chưa nộp', submitted: 'Đã nộp' };

/** Sum of the scored criteria under each group (any depth), by group id; groups with nothing scored are absent. */
export function groupSums(criteria: readonly ScoredCriterion[], scores: ReadonlyMap<string, number | null>): Map<string, number> {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const sums = new Map<string, number>();
  for (const c of criteria) {
    const score = c.kind === 'criterion' ? (scores.get(c.id) ?? null) : null;
    if (score === null) continue;
    // Bounded walk, as in unitTotals: stored rows come from a validated table, bad data must not hang.
    let parent = c.parentId;
    for (let steps = 0; parent !== null && steps < criteria.length; steps++) {
      sums.set(parent, (sums.get(parent) ?? 0) + toHundredths(score));
      parent = byId.get(parent)?.parentId ?? null;
    }
  }
  return new Map([...sums].map(([id, h]) => [id, fromHundredths(h)]));
}

const hasScores = (u: ScoredUnit) => u.status !== 'none';

/** Three sheets: Tổng hợp điểm (per criterion, per unit), Xếp hạng, Điều chỉnh. */
export function scoreSheets(input: ScoreSheetsInput): SheetModel[] {
  const { criteria, units } = input;
  const title = `${input.groupName.toUpperCase()} NĂM ${input.year}`;
  const sums = units.map((u) => ({ self: groupSums(criteria, u.self), final: groupSums(criteria, u.final) }));
  const cell = (u: ScoredUnit, c: ScoredCriterion, which: 'self' | 'final', i: number): CellInput => {
    if (!hasScores(u)) return null;
    if (c.kind === 'group') return sums[i]![which].get(c.id) ?? null;
    return u[which].get(c.id) ?? null;
  };
  const maxTotal = fromHundredths(criteria.filter((c) => c.parentId === null && (c.kind === 'group' || c.kind === 'criterion')).reduce((s, c) => s + toHundredths(c.maxPoints), 0));
  const totals = units.map((u) => (hasScores(u) ? { self: unitTotals(criteria, u.self).total, final: unitTotals(criteria, u.final).total } : null));

  const summary: SheetModel = {
    name: 'Tổng hợp điểm',
    preamble: [`BẢNG TỔNG HỢP ĐIỂM ${title}`, `Trạng thái giao ước: ${input.statusLabel}. Điểm trừ ghi bằng số điểm bị trừ.`],
    columns: [
      { header: 'Mã', width: 10 },
      { header: 'Nội dung', width: 50 },
      { header: 'Điểm tối đa', width: 12 },
      ...units.flatMap((u) => [{ header: `${u.unitName}: Tự chấm`, width: 16 }, { header: `${u.unitName}: Sau điều chỉnh`, width: 16 }]),
    ],
    rows: [
      ...criteria.map((c) => [c.code, `${c.kind === 'bonus' || c.kind === 'penalty' ? `${KIND_LABELS[c.kind]}: ` : ''}${c.name}`, c.maxPoints, ...units.flatMap((u, i) => [cell(u, c, 'self', i), cell(u, c, 'final', i)])]),
      ['', 'Tổng điểm tự chấm (tiêu chí + điểm thưởng − điểm trừ)', maxTotal, ...totals.flatMap((t) => [t?.self ?? null, null])],
      ['', 'Tổng điểm sau điều chỉnh', maxTotal, ...totals.flatMap((t) => [null, t?.final ?? null])],
      ['', 'Bảng tự chấm', null, ...units.flatMap((u) => [SHEET_STATUS[u.status], null])],
    ],
    indents: criteria.map((c) => depthOf(c.code)),
  };

  const topGroups = criteria.filter((c) => c.parentId === null && c.kind === 'group');
  const ranking: SheetModel = {
    name: 'Xếp hạng',
    preamble: [
      `XẾP HẠNG ${title}`,
      `${input.ranking.final ? 'Xếp hạng chính thức: giao ước đã kết thúc' : 'Xếp hạng tạm thời: giao ước chưa kết thúc'}. Chỉ xếp hạng đơn vị đã nộp bảng tự chấm; điểm sau điều chỉnh.`,
    ],
    columns: [
      { header: 'Hạng', width: 8 },
      { header: 'Đơn vị', width: 30 },
      { header: 'Tổng điểm', width: 12 },
      ...topGroups.map((g) => ({ header: `Nhóm ${g.code}`, width: 12 })),
      { header: 'Điểm thưởng', width: 13 },
      { header: 'Điểm trừ', width: 12 },
      { header: 'Căn cứ xếp hạng', width: 60 },
    ],
    rows: [
      ...input.ranking.items.map((r) => [
        r.rank,
        r.unitName,
        r.total,
        ...topGroups.map((g) => r.groupTotals.find((t) => t.code === g.code)?.points ?? null),
        r.bonus,
        r.penalty,
        r.decidedBy ?? (r.rank === 1 ? 'Tổng điểm cao nhất' : 'Tổng điểm thấp hơn đơn vị liền trên'),
      ]),
      [],
      ['Tiêu chí phụ khi bằng tổng điểm, theo thứ tự:'],
      ...input.ranking.tieBreakers.map((t, i) => [`${i + 1}. ${t}`]),
    ],
  };

  const adjustments: SheetModel = {
    name: 'Điều chỉnh',
    preamble: [`ĐIỀU CHỈNH ĐIỂM ${title}`, 'Điểm chỉ được điều chỉnh sau khi khóa chấm điểm, kèm lý do bằng văn bản.'],
    columns: [
      { header: 'Đơn vị', width: 30 },
      { header: 'Mã tiêu chí', width: 12 },
      { header: 'Điểm trước', width: 12 },
      { header: 'Điểm sau', width: 12 },
      { header: 'Lý do', width: 60 },
      { header: 'Người điều chỉnh', width: 24 },
      { header: 'Thời điểm', width: 18 },
    ],
    rows: input.adjustments.map((a) => [a.unitName, a.criterionCode, a.fromScore, a.toScore, a.reason, a.byName, formatDateTimeVi(a.at)]),
  };
  return [summary, ranking, adjustments];
}

// ——— The minutes of the year-end meeting ———

export interface CovenantMinutesInput {
  groupName: string;
  groupKind: GroupKind;
  year: number;
  title: string;
  scoringDeadline: string;
  organiser: { name: string; kind: string };
  headUnitName: string | null;
  /** Who signed the covenant for the head unit (its head), who presides and signs the minutes; null leaves the name to be written in. */
  headSignerName: string | null;
  /** The day the covenant closed (ISO, Vietnam time); null leaves the date to be written in at the meeting. */
  heldOn: string | null;
  criteria: readonly Pick<ScoredCriterion, 'code' | 'name' | 'kind' | 'maxPoints' | 'parentId'>[];
  maxTotal: number;
  /** In the group's order. */
  members: {
    unitName: string;
    signedAt: string | null;
    signedByName: string | null;
    scoreStatus: ScoredUnit['status'];
    submittedAt: string | null;
    selfTotal: number | null;
    total: number | null;
  }[];
  adjustments: readonly AdjustmentLine[];
  ranking: Pick<Ranking, 'final' | 'tieBreakers' | 'items'>;
}

const HEAD_WORD: Record<GroupKind, { word: string; title: string }> = {
  cluster: { word: 'cụm', title: 'TRƯỞNG CỤM' },
  block: { word: 'khối', title: 'TRƯỞNG KHỐI' },
};
const BLANK = '……';
const count = (n: number) => String(n).padStart(2, '0');
const points = (n: number) => `${formatPoints(n)} điểm`;
/** The Vietnam calendar day of a stored instant, dd/mm/yyyy. */
const dayOf = (instant: string) => formatDateTimeVi(instant).slice(0, 10);
/** Free text that ends a sentence we add to: its own full stop or semicolon would double ours. */
const clause = (s: string) => s.normalize('NFC').trim().replace(/[\s.;,]+$/u, '');
/** Decree 30 list punctuation: each item ends ";", the last ".". */
const listed = (items: readonly string[]) => items.map((s, i) => `- ${s}${i === items.length - 1 ? '.' : ';'}`);

/**
 * The body of the minutes up to the ranking: the opening, then I. Thành phần, II. Nội dung,
 * III. Kết quả chấm điểm and IV. Xếp hạng. Pure, so a later section (the vote on the leading
 * unit) goes between these and the closing paragraph of draftCovenantMinutes.
 */
export function minutesSections(input: CovenantMinutesInput): BodySection[] {
  const head = HEAD_WORD[input.groupKind];
  const when = input.heldOn ? `Ngày ${formatDateVi(input.heldOn)}` : `Vào hồi ${BLANK} giờ ${BLANK} ngày ${BLANK} tháng ${BLANK} năm ${BLANK}, tại ${BLANK}`;
  const opening = `${when}, ${input.groupName} tổ chức hội nghị tổng kết thực hiện giao ước thi đua năm ${input.year} (“${clause(input.title)}”).`;

  const signed = input.members.filter((m) => m.signedAt !== null).length;
  const submitted = input.members.filter((m) => m.scoreStatus === 'submitted').length;
  const n = input.members.length;
  const composition = [
    `1. Đơn vị tổ chức: ${input.organiser.name}.`,
    `2. Trưởng ${head.word}: ${input.headUnitName ?? '(chưa phân công)'}.`,
    `3. Các đơn vị thành viên: ${count(n)} đơn vị; đã ký giao ước ${count(signed)}/${count(n)}, đã nộp bảng tự chấm điểm ${count(submitted)}/${count(n)}:`,
    ...listed(
      input.members.map((m) => {
        const signature = m.signedAt ? `ký giao ước ngày ${dayOf(m.signedAt)}${m.signedByName ? ` (${m.signedByName})` : ''}` : 'chưa ký giao ước';
        const sheet =
          m.scoreStatus === 'submitted' ? `nộp bảng tự chấm ngày ${m.submittedAt ? dayOf(m.submittedAt) : BLANK}` : m.scoreStatus === 'draft' ? 'chấm điểm nhưng chưa nộp bảng tự chấm' : 'chưa chấm điểm';
        return `${m.unitName}: ${signature}, ${sheet}`;
      }),
    ),
  ];

  const topLevel = input.criteria.filter((c) => c.parentId === null && (c.kind === 'group' || c.kind === 'criterion'));
  const extras = input.criteria.filter((c) => c.kind === 'bonus' || c.kind === 'penalty');
  const content = [
    `Hội nghị đánh giá kết quả thực hiện giao ước thi đua năm ${input.year} của ${input.groupName} theo bảng tiêu chí đã thống nhất khi ký giao ước; hạn nộp bảng tự chấm điểm là ngày ${formatDateVi(input.scoringDeadline)}. ` +
      `Tổng điểm tối đa ${points(input.maxTotal)} (không kể điểm thưởng), gồm:`,
    ...listed([
      ...topLevel.map((c) => `${c.kind === 'group' ? 'Nhóm' : 'Tiêu chí'} ${c.code}. ${clause(c.name)}: tối đa ${points(c.maxPoints)}`),
      ...extras.map((c) => `${KIND_LABELS[c.kind]} ${c.code}. ${clause(c.name)}: ${c.kind === 'penalty' ? 'trừ tối đa' : 'tối đa'} ${points(c.maxPoints)}`),
    ]),
  ];

  const results = [
    '1. Điểm của từng đơn vị (tiêu chí + điểm thưởng − điểm trừ):',
    ...listed(
      input.members.map((m) =>
        m.scoreStatus === 'submitted' && m.selfTotal !== null && m.total !== null
          ? `${m.unitName}: tự chấm ${points(m.selfTotal)}, sau điều chỉnh ${points(m.total)}`
          : `${m.unitName}: không nộp bảng tự chấm điểm, không xếp hạng`,
      ),
    ),
    input.adjustments.length
      ? `2. Điều chỉnh điểm sau khi khóa chấm điểm: ${count(input.adjustments.length)} lần, mỗi lần có lý do bằng văn bản:`
      : '2. Điều chỉnh điểm sau khi khóa chấm điểm: không có.',
    ...listed(
      input.adjustments.map(
        (a) =>
          `${a.unitName}, tiêu chí ${a.criterionCode}: từ ${a.fromScore === null ? 'chưa chấm' : points(a.fromScore)} thành ${points(a.toScore)}. ` +
          `Lý do: ${clause(a.reason)} (${a.byName}, ${formatDateTimeVi(a.at)})`,
      ),
    ),
  ];

  const ranking = [
    `${input.ranking.final ? 'Kết quả xếp hạng chính thức' : 'Kết quả xếp hạng (tạm thời: giao ước chưa kết thúc)'} theo tổng điểm sau điều chỉnh:`,
    ...(input.ranking.items.length
      ? listed(input.ranking.items.map((r) => `Hạng ${r.rank}: ${r.unitName}, ${points(r.total)}${r.decidedBy ? ` (${clause(r.decidedBy)})` : ''}`))
      : ['Chưa có đơn vị nào nộp bảng tự chấm điểm để xếp hạng.']),
    'Khi bằng tổng điểm, thứ hạng được phân định theo thứ tự:',
    ...listed(input.ranking.tieBreakers.map(clause)),
  ];

  return [
    { heading: null, paragraphs: [opening] },
    { heading: 'I. THÀNH PHẦN', paragraphs: composition },
    { heading: 'II. NỘI DUNG', paragraphs: content },
    { heading: 'III. KẾT QUẢ CHẤM ĐIỂM', paragraphs: results },
    { heading: 'IV. XẾP HẠNG', paragraphs: ranking },
  ];
}

/**
 * The minutes as a parsed document: the sections of minutesSections, then `more` (e.g. a vote),
 * then the closing. The head unit signs on the right; the renderer's `leftSigner` adds the
 * secretary on the left, as biên bản are signed by the presiding head and the secretary.
 */
export function draftCovenantMinutes(input: CovenantMinutesInput, more: readonly BodySection[] = []): ParsedDocument {
  const closing = `Hội nghị kết thúc vào hồi ${BLANK} giờ ${BLANK} cùng ngày. Biên bản đã được đọc lại trước hội nghị và các đơn vị thành viên dự họp nhất trí thông qua.`;
  return {
    docType: 'Biên bản',
    number: null,
    // Abbreviations are set by the organiser (domain.md §3.3): the Số line stays blank to fill in.
    symbol: null,
    parentIssuer: defaultIssuerName(input.organiser),
    issuer: input.groupName,
    place: placeOfUnit(input.organiser.name),
    date: input.heldOn,
    year: input.heldOn ? Number(input.heldOn.slice(0, 4)) : null,
    subject: `Hội nghị tổng kết thực hiện giao ước thi đua năm ${input.year} của ${input.groupName}`,
    recipients: [],
    references: [],
    deadlines: [],
    targets: [],
    signer: { name: input.headSignerName, title: HEAD_WORD[input.groupKind].title, authority: null, onBehalfOf: null },
    body: [...minutesSections(input), ...more, { heading: null, paragraphs: [closing] }],
    distribution: [],
    problems: [],
  };
}
