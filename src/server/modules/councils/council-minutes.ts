/**
 * Biên bản họp xét: the minutes of a closed session in the Decree 30 layout, drafted from the
 * stored attendance and results (after the model minutes of a bình xét thi đua meeting: I.
 * Thành phần, II. Nội dung, III. Kết quả biểu quyết). Pure: the same session gives the same text.
 */
import type { z } from 'zod';
import type { CouncilRoleSchema } from '../../../contract/councils.js';
import type { BodySection, ParsedDocument } from '../../../contract/documents.js';
import type { Ballot, Denominator } from '../../../core/commendation/council-vote.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { defaultIssuerName } from '../../../core/document-numbers.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';

export type CouncilRole = z.infer<typeof CouncilRoleSchema>;

export interface MinutesInput {
  council: { name: string; unitName: string; unitKind: string; quorumNumerator: number; quorumDenominator: number };
  session: { title: string; heldOn: string; place: string | null; openedAt: string | null; closedAt: string | null; membersTotal: number; membersPresent: number };
  /** Roll call in the council's order. */
  attendance: { fullName: string; position: string | null; role: CouncilRole; present: boolean; note: string | null }[];
  items: {
    nomineeName: string;
    nomineeUnitName: string | null;
    awardName: string;
    ballot: Ballot;
    thresholdPercent: number;
    denominator: Denominator;
    agree: number;
    disagree: number;
    abstain: number;
    countedOf: number;
    percent: number;
    passed: boolean;
    conflictNames: string[];
  }[];
  quorumRequired: number;
}

const ROLE_TITLE: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  standing_vice_chair: 'Phó Chủ tịch thường trực Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  member: 'Ủy viên Hội đồng',
  secretary: 'Thư ký Hội đồng',
};
/** Who presides when the chair is away: the standing vice-chair, then a vice-chair. */
const PRESIDING_ORDER: CouncilRole[] = ['chair', 'standing_vice_chair', 'vice_chair'];

const BALLOT_WORDS: Record<Ballot, string> = { secret: 'bỏ phiếu kín', open: 'biểu quyết công khai' };
const DENOMINATOR_WORDS: Record<Denominator, string> = { total: 'tổng số thành viên Hội đồng', present: 'số thành viên có mặt' };

const ADMINISTRATIVE_PREFIX = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u;

/** The place name of the date line: "Huyện Tủa Chùa" → "Tủa Chùa"; null for a unit that is not a territory. */
export function placeOfUnit(unitName: string): string | null {
  const name = unitName.normalize('NFC').trim();
  return ADMINISTRATIVE_PREFIX.test(name) ? name.replace(ADMINISTRATIVE_PREFIX, '') : null;
}

const person = (m: { fullName: string; position: string | null }) => `Đ/c ${m.fullName}${m.position ? ` – ${m.position}` : ''}`;
const count = (n: number) => String(n).padStart(2, '0');

/** "14:05" of an instant in Vietnam time → "14 giờ 05". */
function clock(instant: string): string {
  const [, time = ''] = formatDateTimeVi(instant).split(' ');
  const [h = '', m = ''] = time.split(':');
  return `${h} giờ ${m}`;
}

/** The member who presided: the first present of chair, standing vice-chair, vice-chair. */
export function presidingMember<T extends { role: CouncilRole; present: boolean }>(attendance: readonly T[]): T | null {
  for (const role of PRESIDING_ORDER) {
    const m = attendance.find((a) => a.role === role && a.present);
    if (m) return m;
  }
  return null;
}

/** Who signs the minutes beside the presiding member: the secretary present, else the council's. */
export function minutesSecretary(input: Pick<MinutesInput, 'attendance'>): MinutesInput['attendance'][number] | null {
  return input.attendance.find((a) => a.role === 'secretary' && a.present) ?? input.attendance.find((a) => a.role === 'secretary') ?? null;
}

/**
 * Drafts the minutes of a closed session as a parsed document, ready for the DOCX renderer; the
 * secretary's signature goes beside the presiding member's (render option `leftSigner`).
 */
export function draftMinutes(input: MinutesInput): ParsedDocument {
  const { council, session } = input;
  const chair = presidingMember(input.attendance);
  const secretary = minutesSecretary(input);
  const opening = session.openedAt
    ? `Vào hồi ${clock(session.openedAt)} ngày ${formatDateVi(session.heldOn)}, tại ${session.place ?? council.unitName}, ${council.name} tiến hành phiên họp: ${session.title}.`
    : `Ngày ${formatDateVi(session.heldOn)}, tại ${session.place ?? council.unitName}, ${council.name} tiến hành phiên họp: ${session.title}.`;
  const passed = input.items.filter((i) => i.passed).length;
  const closedDay = session.closedAt ? formatDateTimeVi(session.closedAt).split(' ')[0] : null;
  const closing = session.closedAt
    ? `Phiên họp kết thúc vào hồi ${clock(session.closedAt)}${closedDay === formatDateVi(session.heldOn) ? ' cùng ngày' : ` ngày ${closedDay}`}. Biên bản đã được đọc lại trước Hội đồng và các thành viên dự họp nhất trí thông qua.`
    : 'Biên bản đã được đọc lại trước Hội đồng và các thành viên dự họp nhất trí thông qua.';

  const body: BodySection[] = [
    { heading: null, paragraphs: [opening] },
    { heading: 'I. THÀNH PHẦN', paragraphs: compositionLines(input, chair, secretary) },
    {
      heading: 'II. NỘI DUNG',
      paragraphs: [
        `Hội đồng xem xét ${count(input.items.length)} đề nghị khen thưởng; mỗi đề nghị được biểu quyết riêng theo hình thức và tỷ lệ quy định cho danh hiệu, hình thức khen thưởng đó:`,
        ...input.items.map(
          (it, i) =>
            `${i + 1}. ${it.nomineeName}${it.nomineeUnitName ? ` (${it.nomineeUnitName})` : ''}: đề nghị ${it.awardName}; ${BALLOT_WORDS[it.ballot]}, cần từ ${it.thresholdPercent} % ${DENOMINATOR_WORDS[it.denominator]} đồng ý.`,
        ),
      ],
    },
    {
      heading: 'III. KẾT QUẢ BIỂU QUYẾT',
      paragraphs: [
        ...input.items.map(
          (it, i) =>
            `${i + 1}. ${it.nomineeName} – ${it.awardName} (${BALLOT_WORDS[it.ballot]}): đồng ý ${it.agree}, không đồng ý ${it.disagree}, không biểu quyết ${it.abstain}; ` +
            `số đồng ý đạt ${formatNumberVi(it.percent, 1)} % trên ${it.countedOf} (${DENOMINATOR_WORDS[it.denominator]}), yêu cầu từ ${it.thresholdPercent} %: ${it.passed ? 'ĐẠT' : 'KHÔNG ĐẠT'}.`,
        ),
        `Tổng hợp: ${count(passed)}/${count(input.items.length)} đề nghị đạt tỷ lệ biểu quyết.`,
      ],
    },
    { heading: null, paragraphs: [closing] },
  ];

  const year = Number(session.heldOn.slice(0, 4));
  return {
    docType: 'Biên bản',
    number: null,
    symbol: 'BB-HĐTĐKT',
    parentIssuer: defaultIssuerName({ name: council.unitName, kind: council.unitKind }),
    issuer: council.name,
    place: placeOfUnit(council.unitName),
    date: session.heldOn,
    year,
    subject: session.title,
    recipients: [],
    references: [],
    deadlines: [],
    targets: [],
    signer: { name: chair?.fullName ?? null, title: 'CHỦ TRÌ', authority: null, onBehalfOf: null },
    body,
    distribution: [],
    problems: [],
  };
}

function compositionLines(input: MinutesInput, chair: MinutesInput['attendance'][number] | null, secretary: MinutesInput['attendance'][number] | null): string[] {
  const { session, council } = input;
  const absent = input.attendance.filter((a) => !a.present);
  const present = input.attendance.filter((a) => a.present);
  const conflicts = input.items.filter((it) => it.conflictNames.length > 0);
  return [
    `1. Chủ trì: ${chair ? `${person(chair)}, ${ROLE_TITLE[chair.role]}` : '(không có)'}.`,
    `2. Thư ký: ${secretary ? `${person(secretary)}, ${ROLE_TITLE.secretary}` : '(không có)'}.`,
    `3. Thành viên Hội đồng có mặt: ${count(session.membersPresent)}/${count(session.membersTotal)} (cần tối thiểu ${count(input.quorumRequired)}, tỷ lệ ${council.quorumNumerator}/${council.quorumDenominator} tổng số thành viên): phiên họp đủ điều kiện tiến hành.`,
    ...present.map((m) => `- ${person(m)}, ${ROLE_TITLE[m.role]}.`),
    absent.length
      ? `4. Vắng mặt: ${count(absent.length)} đồng chí: ${absent.map((m) => `${person(m)}${m.note ? ` (${m.note})` : ''}`).join('; ')}.`
      : '4. Vắng mặt: không.',
    conflicts.length
      ? `5. Thành viên cùng đơn vị với người được đề nghị (xung đột lợi ích): ${conflicts.map((it) => `${it.conflictNames.join(', ')} đối với đề nghị của ${it.nomineeName}`).join('; ')}.`
      : '5. Không có thành viên nào cùng đơn vị với người được đề nghị.',
  ];
}
