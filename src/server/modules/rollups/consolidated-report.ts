/**
 * Báo cáo tổng hợp: the consolidated report the issuing side sends up, drafted from the live
 * data (tracking summary, roll-up totals, the units' own words). Pure: the same inputs give the
 * same draft, which becomes both the DOCX and a draft in the register, so the two never differ.
 */
import type { BodySection, CreateOutgoingDocumentBody, ParsedDocument, ReferenceInput, Signer } from '../../../contract/documents.js';
import type { BoardRow, Exemplary, Indicator, RollupCell, TrackingSummary } from '../../../contract/reporting.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { defaultIssuerName, defaultSymbol, draftingAbbreviation, fullDocumentNumber, issuerAbbreviation } from '../../../core/document-numbers.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';

export const REPORT_DOC_TYPE = 'Báo cáo' as const;
/** Used when the issuing unit has no live unit above it to report to. */
export const DEFAULT_RECIPIENT = 'Ủy ban nhân dân tỉnh';
export const EXCERPT_MAX = 400;

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  status: string;
}

export interface UnitReportContent {
  unitName: string;
  narrative: Record<string, string>;
  exemplary: Exemplary[];
}

export interface ConsolidatedInput {
  assignment: { title: string };
  /** The assignment's document: cited as căn cứ, its signer copied. */
  source: {
    docType: string;
    numberText: string | null;
    symbol: string | null;
    issuedOn: string | null;
    issuerName: string | null;
    parentIssuer: string | null;
    place: string | null;
    signer: Signer | null;
  };
  owner: UnitRef;
  draftingUnit: Pick<UnitRef, 'code' | 'shortName'> | null;
  /** The unit the report goes to, or null for the default free-text recipient. */
  recipient: Pick<UnitRef, 'id' | 'name'> | null;
  summary: TrackingSummary;
  indicators: Indicator[];
  /** The roll-up's total per indicator, in the order of `indicators`. */
  totals: RollupCell[];
  dataAsOf: string | null;
  /** Units whose reports count, in display order. */
  reports: UnitReportContent[];
  /** Rows late or missing, in display order. */
  late: BoardRow[];
  /** Today in Vietnam: the draft's year. */
  today: string;
}

export interface ConsolidatedDraft {
  docType: typeof REPORT_DOC_TYPE;
  subject: string;
  issuerName: string;
  parentIssuer: string | null;
  symbol: string | null;
  place: string | null;
  recipients: ({ unitId: string; name: string } | { text: string })[];
  references: ReferenceInput[];
  body: BodySection[];
  signer: Signer | null;
  distribution: string[];
  year: number;
}

const ADMINISTRATIVE_KINDS = new Set(['province', 'district', 'commune', 'ward', 'township', 'special_zone']);

/**
 * Where the report goes: the owner's parent. A People's Committee agency ("Ủy ban nhân dân
 * huyện …") sits under the district it governs, so it reports one level further up. Units closed
 * since (the districts in 2025) are passed over: a draft cannot be addressed to them.
 * `chain` is the owner then its ancestors, nearest first.
 */
export function reportRecipient(chain: readonly UnitRef[]): UnitRef | null {
  const [owner, ...above] = chain;
  if (!owner) return null;
  const governs = !ADMINISTRATIVE_KINDS.has(owner.kind) && issuerAbbreviation(owner) === 'UBND' && above[0] !== undefined && ADMINISTRATIVE_KINDS.has(above[0].kind);
  return above.slice(governs ? 1 : 0).find((u) => u.status === 'active') ?? null;
}

/**
 * A report is addressed to the People's Committee of an administrative unit ("Ủy ban nhân dân
 * tỉnh Điện Biên"), not to the territory: when the unit has one among its children, that is the
 * recipient.
 */
export function governingCommittee(recipient: UnitRef | null, children: readonly UnitRef[]): UnitRef | null {
  if (!recipient || !ADMINISTRATIVE_KINDS.has(recipient.kind)) return recipient;
  return children.find((c) => !ADMINISTRATIVE_KINDS.has(c.kind) && issuerAbbreviation(c) === 'UBND') ?? recipient;
}

/** What the task was about: "Báo cáo kết quả thực hiện X" → "thực hiện X" (the type and "kết quả" are said by the report itself). */
function topicOf(title: string): string {
  const rest = title
    .normalize('NFC')
    .trim()
    .replace(/^báo cáo\s+/iu, '')
    .replace(/^(tổng hợp\s+)?kết quả\s+/iu, '');
  return lowerFirst(rest);
}

/**
 * "Báo cáo kết quả thực hiện X" → "Tổng hợp kết quả thực hiện X": the document type already
 * prints "BÁO CÁO" above the subject (Decree 30), so the subject does not say it again.
 */
export function consolidatedSubject(title: string): string {
  return `Tổng hợp kết quả ${topicOf(title)}`.trim();
}

/** Up to `max` characters, cut at a word boundary and ending in "…", whitespace collapsed. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // one character is left for the ellipsis below
  const space = room.lastIndexOf(' ', max - 1);
  const cut = space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** Drafts the consolidated report. */
export function draftConsolidatedReport(input: ConsolidatedInput): ConsolidatedDraft {
  const { source, owner } = input;
  const fullNumber = fullDocumentNumber(source.numberText, source.symbol);
  const issuerName = source.issuerName ?? defaultIssuerName(owner);
  const drafting = input.draftingUnit ? draftingAbbreviation(input.draftingUnit) : null;
  return {
    docType: REPORT_DOC_TYPE,
    subject: consolidatedSubject(input.assignment.title),
    issuerName,
    parentIssuer: source.parentIssuer,
    symbol: defaultSymbol(REPORT_DOC_TYPE, issuerAbbreviation(owner), drafting),
    place: source.place,
    recipients: input.recipient ? [{ unitId: input.recipient.id, name: input.recipient.name }] : [{ text: DEFAULT_RECIPIENT }],
    references: fullNumber ? [{ number: fullNumber, date: source.issuedOn, kind: source.docType, issuer: source.issuerName }] : [],
    body: [
      deploymentSection(input, fullNumber),
      indicatorSection(input),
      quoteSection('III. NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ', input.reports, 'ket_qua', 'Chưa có đơn vị nào báo cáo kết quả thực hiện.'),
      quoteSection('IV. TỒN TẠI, HẠN CHẾ', input.reports, 'ton_tai', 'Các đơn vị không nêu tồn tại, hạn chế.'),
      quoteSection('V. ĐỀ XUẤT, KIẾN NGHỊ', input.reports, 'de_xuat', 'Các đơn vị không có đề xuất, kiến nghị.'),
      exemplarySection(input.reports),
      lateSection(input.late),
    ],
    signer: source.signer,
    distribution: ['Như trên', `Lưu: VT${drafting ? `, ${drafting}` : ''}`],
    year: Number(input.today.slice(0, 4)),
  };
}

function deploymentSection(input: ConsolidatedInput, fullNumber: string | null): BodySection {
  const s = input.summary;
  const basis = fullNumber
    ? `Thực hiện ${input.source.docType} số ${fullNumber}${input.source.issuedOn ? ` ngày ${formatDateVi(input.source.issuedOn)}` : ''} về ${lowerFirst(input.assignment.title)}, ${actingName(input.owner)} tổng hợp kết quả như sau:`
    : `${actingName(input.owner)} tổng hợp kết quả ${topicOf(input.assignment.title)} như sau:`;
  const notSent = s.expected - s.reported;
  const rate = s.completeness === null ? '' : ` (đạt ${formatNumberVi(s.completeness * 100, 1)} %)`;
  return {
    heading: 'I. TÌNH HÌNH TRIỂN KHAI',
    paragraphs: [
      basis,
      `Có ${s.reported}/${s.expected} đơn vị đã gửi báo cáo${rate}, trong đó ${s.onTime} đơn vị gửi đúng hạn, ${s.late} đơn vị gửi trễ hạn; ${notSent} đơn vị chưa gửi báo cáo.`,
    ],
  };
}

function indicatorSection(input: ConsolidatedInput): BodySection {
  const lines = input.indicators.flatMap((indicator, i) => {
    if (indicator.valueType === 'text') return [];
    const cell = input.totals[i];
    if (indicator.rule === 'none') return [`- ${indicator.name}: không tổng hợp (xem báo cáo của từng đơn vị).`];
    if (!cell || cell.value === null) return [`- ${indicator.name}: chưa có số liệu.`];
    const unit = indicator.unitOfMeasure.trim();
    let line = `- ${indicator.name}: đạt ${formatNumberVi(cell.value)}${unit ? ` ${unit}` : ''}`;
    if (cell.targetLabel !== null) {
      const ratio = cell.ratio === null ? '' : `; ${formatNumberVi(cell.ratio * 100, 1)} %`;
      line += ` (mục tiêu ${cell.targetLabel}${ratio})`;
      if (cell.meets !== null) line += ` — ${cell.meets ? 'đạt' : 'chưa đạt'}`;
    }
    return [`${line}.`];
  });
  const asOf = input.dataAsOf ? `Số liệu tổng hợp từ các báo cáo đã được tiếp nhận, tính đến ${formatDateTimeVi(input.dataAsOf)}:` : 'Chưa có báo cáo nào được tiếp nhận để tổng hợp số liệu.';
  return { heading: 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', paragraphs: lines.length ? [asOf, ...lines] : [asOf] };
}

function quoteSection(heading: string, reports: UnitReportContent[], key: string, none: string): BodySection {
  const lines = reports.flatMap((r) => {
    const text = r.narrative[key]?.trim();
    return text ? [`${r.unitName}: “${excerpt(text)}”`] : [];
  });
  return { heading, paragraphs: lines.length ? lines : [none] };
}

function exemplarySection(reports: UnitReportContent[]): BodySection {
  const lines = reports.flatMap((r) =>
    r.exemplary.map((e) => {
      const who = `${e.kind === 'collective' ? 'Tập thể' : 'Cá nhân'} ${e.name}${e.position ? `, ${e.position}` : ''} (${r.unitName})`;
      return e.achievement.trim() ? `- ${who}: ${excerpt(e.achievement, 300)}` : `- ${who}.`;
    }),
  );
  return { heading: 'VI. TẬP THỂ, CÁ NHÂN TIÊU BIỂU', paragraphs: lines.length ? lines : ['Các đơn vị chưa đề xuất tập thể, cá nhân tiêu biểu.'] };
}

function lateSection(late: BoardRow[]): BodySection {
  const lines = late.map((r) =>
    r.overdueDays !== null ? `- ${r.unitName}: chưa gửi báo cáo (quá hạn ${r.overdueDays} ngày).` : `- ${r.unitName}: gửi trễ ${r.daysLate} ngày.`,
  );
  return { heading: 'VII. ĐƠN VỊ CHẬM, CHƯA GỬI BÁO CÁO', paragraphs: lines.length ? lines : ['Các đơn vị đều gửi báo cáo đúng hạn.'] };
}

/** The body of POST /api/documents that stores the draft in the owner's register. */
export function toCreateDocumentBody(draft: ConsolidatedDraft, ownerUnitId: string, draftingUnitId: string | null): CreateOutgoingDocumentBody {
  return {
    direction: 'outgoing',
    ownerUnitId,
    draftingUnitId,
    docType: draft.docType,
    parentIssuer: draft.parentIssuer,
    issuerName: draft.issuerName,
    symbol: draft.symbol,
    place: draft.place,
    subject: draft.subject,
    recipients: draft.recipients.map((r) => ('unitId' in r ? { unitId: r.unitId } : { text: r.text })),
    references: draft.references,
    body: draft.body,
    signer: draft.signer,
    distribution: draft.distribution,
  };
}

/** The renderer's model of the draft: no number or date yet, as a draft prints. */
export function toParsedDocument(draft: ConsolidatedDraft): ParsedDocument {
  return {
    docType: draft.docType,
    number: null,
    symbol: draft.symbol,
    parentIssuer: draft.parentIssuer,
    issuer: draft.issuerName,
    place: draft.place,
    date: null,
    year: draft.year,
    subject: draft.subject,
    recipients: draft.recipients.map((r) => ('unitId' in r ? r.name : r.text)),
    references: draft.references.map(({ number, date, kind, issuer }) => ({ number, date: date ?? null, kind: kind ?? null, issuer: issuer ?? null })),
    deadlines: [],
    targets: [],
    signer: draft.signer,
    body: draft.body,
    distribution: draft.distribution,
    problems: [],
  };
}

function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** The issuing side as a sentence names it: an administrative level acts through its People's Committee. */
function actingName(owner: UnitRef): string {
  return ADMINISTRATIVE_KINDS.has(owner.kind) ? `Ủy ban nhân dân ${lowerFirst(owner.name)}` : owner.name;
}
