/**
 * Hồ sơ trình cấp trên (Law Art 84; domain.md §1.7): the tờ trình of the reviewing level, the
 * danh sách of nominees, and one báo cáo thành tích per nominee, drafted from the forwarded
 * nominations. Pure: the same inputs give the same documents (unnumbered drafts).
 */
import type { AwardCode } from '../../../contract/awards.js';
import type { BodySection, ParsedDocument } from '../../../contract/documents.js';
import { findAward, AWARD_CATALOGUE, localAwards } from '../../../core/awards/catalogue.js';
import { ruleSetFor, ruleSetPeriod } from '../../../core/awards/rule-sets.js';
import { defaultIssuerName, defaultSymbol, issuerAbbreviation } from '../../../core/document-numbers.js';

export interface PackageUnit {
  name: string;
  shortName: string | null;
  kind: string;
}

export interface PackageNominee {
  kind: 'person' | 'collective';
  name: string;
  position: string | null;
  unitName: string | null;
  awardCode: AwardCode;
  report: { summary: string; achievements: string; priorAwards: string };
}

export interface PackageInput {
  /** The level that reviewed and forwards. */
  reviewer: PackageUnit;
  /** The level it forwards to; null when none is known (the text then names the province). */
  recipient: PackageUnit | null;
  year: number;
  /** In the order they are listed (Vietnamese name order). */
  nominees: PackageNominee[];
  /** Today in Vietnam: the drafts' year and the decree in force. */
  today: string;
}

export interface PackageDocument {
  fileName: string;
  document: ParsedDocument;
}

const ADMINISTRATIVE_KINDS = new Set(['province', 'district', 'commune', 'ward', 'township', 'special_zone']);
const DEFAULT_RECIPIENT = 'Ủy ban nhân dân tỉnh';

const lowerFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);

/** An administrative level acts through its People's Committee ("Ủy ban nhân dân huyện Tủa Chùa"). */
export function actingName(unit: PackageUnit): string {
  return ADMINISTRATIVE_KINDS.has(unit.kind) ? `Ủy ban nhân dân ${lowerFirst(unit.name)}` : unit.name;
}

/** Awards in catalogue order, each with its nominees in the given order. */
function byAward(nominees: readonly PackageNominee[]): { code: AwardCode; name: string; nominees: PackageNominee[] }[] {
  return [...AWARD_CATALOGUE, ...localAwards()].flatMap((a) => {
    const list = nominees.filter((n) => n.awardCode === a.code);
    return list.length ? [{ code: a.code, name: a.name, nominees: list }] : [];
  });
}

const who = (n: PackageNominee) => [n.kind === 'collective' ? `Tập thể ${n.name}` : n.name, n.position, n.unitName].filter(Boolean).join(', ');
const countLabel = (list: readonly PackageNominee[]) => {
  const people = list.filter((n) => n.kind === 'person').length;
  const collectives = list.length - people;
  return [collectives ? `${collectives} tập thể` : '', people ? `${people} cá nhân` : ''].filter(Boolean).join(' và ');
};
const awardNames = (groups: { name: string }[]) => groups.map((g) => `“${g.name}”`).join(', ');

function draft(input: PackageInput, docType: ParsedDocument['docType'], subject: string | null, body: BodySection[], recipients: string[]): ParsedDocument {
  return {
    docType,
    number: null,
    symbol: docType ? defaultSymbol(docType, issuerAbbreviation(input.reviewer), null) : null,
    parentIssuer: null,
    issuer: defaultIssuerName(input.reviewer),
    place: null,
    date: null,
    year: Number(input.today.slice(0, 4)),
    subject,
    recipients,
    references: [],
    deadlines: [],
    targets: [],
    signer: null,
    body,
    distribution: docType === 'Tờ trình' ? ['Như trên', 'Lưu: VT'] : [],
    problems: [],
  };
}

/** Tờ trình về việc đề nghị tặng …, to the next level. */
export function draftSubmission(input: PackageInput): ParsedDocument {
  const groups = byAward(input.nominees);
  const recipient = input.recipient ? actingName(input.recipient) : DEFAULT_RECIPIENT;
  const self = actingName(input.reviewer);
  const decree = ruleSetPeriod(ruleSetFor(input.today)).decree;
  const lines = groups.map((g, i) => `${i + 1}. ${g.name}: ${countLabel(g.nominees)}.`);
  return draft(
    input,
    'Tờ trình',
    `Về việc đề nghị tặng ${awardNames(groups)} năm ${input.year}`,
    [
      {
        heading: null,
        paragraphs: [
          'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
          `Căn cứ ${decree} quy định chi tiết một số điều của Luật Thi đua, khen thưởng;`,
          `Xét đề nghị của Hội đồng Thi đua – Khen thưởng ${lowerFirst(input.reviewer.name)}, ${self} kính trình ${recipient} xem xét, khen thưởng năm ${input.year} cho ${countLabel(input.nominees)} có thành tích xuất sắc, cụ thể:`,
          ...lines,
          '(Có danh sách và báo cáo thành tích kèm theo)',
          `${self} kính trình ${recipient} xem xét, quyết định./.`,
        ],
      },
    ],
    [recipient],
  );
}

/** Danh sách đề nghị khen thưởng, grouped by award. */
export function draftList(input: PackageInput): ParsedDocument {
  const groups = byAward(input.nominees);
  const sections: BodySection[] = [
    { heading: `DANH SÁCH ĐỀ NGHỊ TẶNG ${awardNames(groups).toUpperCase()} NĂM ${input.year}`, paragraphs: [`(Kèm theo Tờ trình của ${actingName(input.reviewer)})`] },
    ...groups.map((g, i) => ({
      heading: `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'][i] ?? i + 1}. ${g.name.toUpperCase()}`,
      paragraphs: g.nominees.map((n, j) => `${j + 1}. ${who(n)}`),
    })),
  ];
  return draft(input, null, null, sections, []);
}

const orNone = (text: string) => {
  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : ['(Chưa ghi)'];
};

/** Báo cáo thành tích of one nominee, by the sections of the form (I. sơ lược, II. thành tích, III. đã được khen). */
export function draftAchievementReport(input: PackageInput, n: PackageNominee): ParsedDocument {
  const award = findAward(n.awardCode);
  const identity =
    n.kind === 'person'
      ? [`Họ và tên: ${n.name}`, ...(n.position ? [`Chức vụ: ${n.position}`] : []), ...(n.unitName ? [`Đơn vị công tác: ${n.unitName}`] : [])]
      : [`Tên tập thể: ${n.name}`, ...(n.unitName ? [`Trực thuộc: ${n.unitName}`] : [])];
  return draft(
    input,
    'Báo cáo',
    `Thành tích đề nghị tặng “${award.name}” năm ${input.year}`,
    [
      { heading: n.kind === 'person' ? 'I. SƠ LƯỢC LÝ LỊCH' : 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', paragraphs: [...identity, ...orNone(n.report.summary)] },
      { heading: 'II. THÀNH TÍCH ĐẠT ĐƯỢC', paragraphs: orNone(n.report.achievements) },
      { heading: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', paragraphs: orNone(n.report.priorAwards) },
    ],
    [],
  );
}

/** File names keep Vietnamese but drop what a file system refuses. */
const safeName = (s: string) => s.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Every document of the package, numbered in the order a dossier is read. */
export function draftForwardingPackage(input: PackageInput): PackageDocument[] {
  const pad = (i: number) => String(i).padStart(2, '0');
  return [
    { fileName: '01 - Tờ trình.docx', document: draftSubmission(input) },
    { fileName: '02 - Danh sách.docx', document: draftList(input) },
    ...input.nominees.map((n, i) => ({ fileName: `${pad(i + 3)} - Báo cáo thành tích - ${safeName(n.name)}.docx`, document: draftAchievementReport(input, n) })),
  ];
}
