/**
 * The words of a Quyết định khen thưởng drafted from approved nominations (Decree 30/2020,
 * Mẫu 1.2; domain.md §3): căn cứ, "QUYẾT ĐỊNH:", Điều 1 with the list of awardees and their cash,
 * Điều 2 with the fund, Điều 3 with who executes. Pure: the same awardees and amounts always give
 * the same text, so issuing can tell whether the officer has edited the articles.
 */
import type { AwardCode, RuleSet } from '../../../contract/awards.js';
import type { BodySection, ReferenceInput } from '../../../contract/documents.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { formatDateVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';

const ADMINISTRATIVE_KINDS = new Set(['province', 'district', 'commune', 'ward', 'township', 'special_zone']);

export interface TextUnit {
  name: string;
  kind: string;
}

export interface TextAwardee {
  kind: 'person' | 'collective';
  name: string;
  nomineePosition: string | null;
  unitName: string | null;
  awardCode: AwardCode;
  amount: number | null;
}

export interface ArticlesInput {
  owner: TextUnit;
  /** The drafting unit (Phòng Nội vụ …): its head proposes and executes. */
  drafting: TextUnit | null;
  year: number;
  /** In the order of the list; grouped by award in that order. */
  awardees: readonly TextAwardee[];
  /** Mức lương cơ sở the amounts were computed on, or null when none applies. */
  baseSalary: number | null;
}

export interface PreambleInput {
  drafting: TextUnit | null;
  ruleSet: RuleSet;
  /** The council session whose minutes the decision rests on. */
  session: { councilName: string; heldOn: string } | null;
}

/** Luật Thi đua, khen thưởng số 06/2022/QH15, passed 15/6/2022 (domain.md §0). */
const LAW = { number: '06/2022/QH15', date: '2022-06-15', kind: 'Luật', issuer: 'Quốc hội' } as const;

/** The implementing decree of each rule set, as a decision cites it. */
const DECREES: Record<RuleSet, { number: string; date: string; about: string }> = {
  ND98_2023: { number: '98/2023/NĐ-CP', date: '2023-12-31', about: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' },
  ND152_2025: {
    number: '152/2025/NĐ-CP',
    date: '2025-06-14',
    about: 'quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
  },
};

export const ENACTING_HEADING = 'QUYẾT ĐỊNH:';

export function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** An administrative level acts through its People's Committee: "Ủy ban nhân dân huyện Tủa Chùa". */
export function actingName(unit: TextUnit): string {
  return ADMINISTRATIVE_KINDS.has(unit.kind) ? `Ủy ban nhân dân ${lowerFirst(unit.name)}` : unit.name;
}

export function isAdministrative(kind: string): boolean {
  return ADMINISTRATIVE_KINDS.has(kind);
}

/** The place of ô 4: an administrative unit's name without its level ("Huyện Tủa Chùa" → "Tủa Chùa"). */
export function placeOf(unit: TextUnit): string | null {
  if (!ADMINISTRATIVE_KINDS.has(unit.kind)) return null;
  return unit.name.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '').trim() || unit.name;
}

/** Who heads a unit, as a decision names them: "Trưởng phòng Nội vụ", "Chánh Văn phòng …". */
function headOf(unit: TextUnit): string {
  if (/^Văn phòng\b/u.test(unit.name)) return `Chánh ${unit.name}`;
  return `Trưởng ${lowerFirst(unit.name)}`;
}

/** "02" under ten, as decisions count awardees. */
function count(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatMoney(amount: number): string {
  return `${formatNumberVi(amount, 0)} đồng`;
}

/** "Tặng Giấy khen" / "Tặng danh hiệu “Lao động tiên tiến”". */
export function awardVerb(code: AwardCode): string {
  const award = findAward(code);
  return award.kind === 'title' ? `Tặng danh hiệu “${award.name}”` : `Tặng ${award.name}`;
}

/** "Giấy khen" / "danh hiệu “Lao động tiên tiến”", for a subject line. */
function awardPhrase(code: AwardCode): string {
  const award = findAward(code);
  return award.kind === 'title' ? `danh hiệu “${award.name}”` : award.name;
}

/** "02 cá nhân và 01 tập thể". */
function countsPhrase(awardees: readonly TextAwardee[]): string {
  const people = awardees.filter((a) => a.kind === 'person').length;
  const collectives = awardees.length - people;
  return [collectives ? `${count(collectives)} tập thể` : '', people ? `${count(people)} cá nhân` : ''].filter(Boolean).join(' và ');
}

/** The awards of the list, in order of first appearance. */
function awardGroups(awardees: readonly TextAwardee[]): { code: AwardCode; members: TextAwardee[] }[] {
  const groups: { code: AwardCode; members: TextAwardee[] }[] = [];
  for (const a of awardees) {
    const g = groups.find((x) => x.code === a.awardCode);
    if (g) g.members.push(a);
    else groups.push({ code: a.awardCode, members: [a] });
  }
  return groups;
}

/** Trích yếu: "Về việc khen thưởng năm 2024: tặng Giấy khen và danh hiệu “Lao động tiên tiến”". */
export function decisionSubject(year: number, awardees: readonly TextAwardee[]): string {
  const phrases = awardGroups(awardees).map((g) => awardPhrase(g.code));
  const joined = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} và ${phrases[phrases.length - 1]}` : (phrases[0] ?? '');
  return `Về việc khen thưởng năm ${year}: tặng ${joined}`;
}

/** The numbered citations: the Law and the decree in force (laws are cited by date in the text). */
export function decisionReferences(ruleSet: RuleSet): ReferenceInput[] {
  const decree = DECREES[ruleSet];
  return [
    { number: LAW.number, date: LAW.date, kind: LAW.kind, issuer: LAW.issuer },
    { number: decree.number, date: decree.date, kind: 'Nghị định', issuer: 'Chính phủ' },
  ];
}

/** Căn cứ ban hành: one per line ending ";", the proposal last, ending "." (Decree 30, ô 6). */
export function preambleSection(input: PreambleInput): BodySection {
  const decree = DECREES[input.ruleSet];
  const lines = [
    `Căn cứ Luật Thi đua, khen thưởng ngày ${formatDateVi(LAW.date)};`,
    `Căn cứ Nghị định số ${decree.number} ngày ${formatDateVi(decree.date)} của Chính phủ ${decree.about};`,
  ];
  if (input.session) lines.push(`Căn cứ Biên bản họp ${input.session.councilName} ngày ${formatDateVi(input.session.heldOn)};`);
  lines.push(`Theo đề nghị của ${input.drafting ? headOf(input.drafting) : 'Trưởng phòng Nội vụ'}.`);
  return { heading: null, paragraphs: lines };
}

function awardeeLine(a: TextAwardee): string {
  const parts = [a.name, a.nomineePosition, a.unitName].filter((p): p is string => p !== null && p.trim() !== '');
  return `${parts.join(', ')}${a.amount ? `, kèm theo tiền thưởng ${formatMoney(a.amount)}` : ''}`;
}

/** Items numbered "1." …, each ending ";" and the last "." */
function numberedLines(awardees: readonly TextAwardee[]): string[] {
  return awardees.map((a, i) => `${i + 1}. ${awardeeLine(a)}${i === awardees.length - 1 ? '.' : ';'}`);
}

export function totalAmount(awardees: readonly { amount: number | null }[]): number {
  return awardees.reduce((sum, a) => sum + (a.amount ?? 0), 0);
}

/** "QUYẾT ĐỊNH:" and Điều 1–3. */
export function articlesSection(input: ArticlesInput): BodySection {
  const { awardees, year } = input;
  const merit = `đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}`;
  const groups = awardGroups(awardees);
  const article1: string[] = [];
  if (groups.length === 1) {
    article1.push(`Điều 1. ${awardVerb(groups[0]!.code)} cho ${countsPhrase(awardees)} có tên sau, ${merit}:`, ...numberedLines(awardees));
  } else {
    article1.push(`Điều 1. Khen thưởng ${countsPhrase(awardees)} ${merit}, gồm:`);
    groups.forEach((g, k) => {
      article1.push(`${k + 1}. ${awardVerb(g.code)} cho ${countsPhrase(g.members)}:`);
      g.members.forEach((a, i) => article1.push(`- ${awardeeLine(a)}${i === g.members.length - 1 ? '.' : ';'}`));
    });
  }
  const total = totalAmount(awardees);
  const fund = `Quỹ thi đua, khen thưởng của ${actingName(input.owner)}`;
  const article2 =
    total > 0
      ? `Điều 2. Tổng số tiền thưởng kèm theo tại Điều 1 là ${formatMoney(total)}` +
        `${input.baseSalary ? ` (tính theo mức lương cơ sở ${formatMoney(input.baseSalary)}/tháng)` : ''}, chi từ ${fund}.`
      : 'Điều 2. Các danh hiệu, hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.';
  const people = awardees.some((a) => a.kind === 'person');
  const collectives = awardees.some((a) => a.kind === 'collective');
  const named = people && collectives ? 'các tập thể, cá nhân' : collectives ? (awardees.length > 1 ? 'các tập thể' : 'tập thể') : awardees.length > 1 ? 'các cá nhân' : 'cá nhân';
  const executors = [`Chánh Văn phòng ${actingName(input.owner)}`, input.drafting ? headOf(input.drafting) : 'Trưởng phòng Nội vụ'];
  const article3 =
    `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. ${executors.join(', ')}, Thủ trưởng các cơ quan, đơn vị có liên quan ` +
    `và ${named} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`;
  return { heading: ENACTING_HEADING, paragraphs: [...article1, article2, article3] };
}

/** Nơi nhận of a decision (Mẫu 1.2): "Như Điều 3", then the archive line. */
export function decisionDistribution(draftingAbbreviation: string | null): string[] {
  return ['Như Điều 3', `Lưu: VT${draftingAbbreviation ? `, ${draftingAbbreviation}` : ''}`];
}

/** Is `sections` holding exactly these articles (the officer has not edited them)? */
export function hasArticles(sections: readonly BodySection[], articles: BodySection): boolean {
  return sections.some((s) => s.heading === articles.heading && s.paragraphs.length === articles.paragraphs.length && s.paragraphs.every((p, i) => p === articles.paragraphs[i]));
}

/** The body with its articles section swapped for `next`. */
export function replaceArticles(sections: readonly BodySection[], previous: BodySection, next: BodySection): BodySection[] {
  return sections.map((s) => (hasArticles([s], previous) ? next : s));
}
