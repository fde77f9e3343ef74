import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { Award, AwardCode } from '../../../contract/awards.js';
import type { FieldErrors } from '../../../contract/errors.js';
import { fieldLabel } from '../../../contract/field-labels.js';
import type {
  CreateNominationBody,
  Nomination,
  NominationCandidateSchema,
  NominationSummary,
  UpdateNominationBody,
} from '../../../contract/nominations.js';
import { fromIsoDate, toIsoDate } from '../../lib/dates.js';

export type NomineeKind = NominationSummary['nominee']['kind'];
export type AwardKind = NominationSummary['awardKind'];
export type NominationCandidate = z.infer<typeof NominationCandidateSchema>;

export const NOMINEE_KINDS: readonly NomineeKind[] = ['person', 'collective'];
export const AWARD_KINDS: readonly AwardKind[] = ['regular', 'thematic', 'sudden'];

type Blank<T> = T | null | undefined;
const MEMBER_COUNTS = ['total', 'completed', 'ldtt', 'cstdcs'] as const;
type MemberCounts = Partial<Record<(typeof MEMBER_COUNTS)[number], Blank<number>>>;

/**
 * The nomination form as antd holds it. Names mirror the request bodies, so a field the server
 * names (`report.summary`, `members`) is the form field of the same path.
 */
export interface NominationFormValues {
  proposingUnitId?: Blank<string>;
  /** Form only: decides whether personId or unitId is sent. */
  nomineeKind?: NomineeKind;
  personId?: Blank<string>;
  unitId?: Blank<string>;
  awardCode?: AwardCode;
  year?: Blank<number>;
  awardKind?: AwardKind;
  proposedOn?: Blank<Dayjs>;
  nomineePosition?: Blank<string>;
  members?: MemberCounts;
  report?: { summary?: Blank<string>; achievements?: Blank<string>; priorAwards?: Blank<string> };
  justification?: Blank<string>;
}

const trimmedOrNull = (s: Blank<string>): string | null => (s && s.trim() ? s.trim() : null);

/** Members are counted for a collective only, and only once any count was typed; a blank count next to others is none. */
export function membersOf(values: NominationFormValues): CreateNominationBody['members'] {
  const m = values.members;
  if (values.nomineeKind !== 'collective' || !m || !MEMBER_COUNTS.some((c) => m[c] != null)) return null;
  return { total: m.total ?? 0, completed: m.completed ?? 0, ldtt: m.ldtt ?? 0, cstdcs: m.cstdcs ?? 0 };
}

function reportOf(values: NominationFormValues): CreateNominationBody['report'] {
  // The report keeps the user's own line breaks and spacing: it is printed as written.
  return { summary: values.report?.summary ?? '', achievements: values.report?.achievements ?? '', priorAwards: values.report?.priorAwards ?? '' };
}

/** The body of POST /api/nominations from the form (the form's rules have made the required fields present). */
export function toCreateBody(values: NominationFormValues): CreateNominationBody {
  const kind = values.nomineeKind ?? 'person';
  const position = trimmedOrNull(values.nomineePosition);
  return {
    proposingUnitId: values.proposingUnitId ?? '',
    year: values.year ?? 0,
    awardCode: values.awardCode ?? 'LDTT',
    awardKind: values.awardKind ?? 'regular',
    personId: kind === 'person' ? (values.personId ?? null) : null,
    unitId: kind === 'collective' ? (values.unitId ?? null) : null,
    // Left blank, the server prints the position from the person's record.
    ...(position ? { nomineePosition: position } : {}),
    ...(values.proposedOn ? { proposedOn: toIsoDate(values.proposedOn) ?? undefined } : {}),
    members: membersOf(values),
    report: reportOf(values),
    justification: trimmedOrNull(values.justification),
    sourceReportId: null,
  };
}

/** The body of PATCH /api/nominations/:id: every field a draft may change, at the version on screen. */
export function toUpdateBody(values: NominationFormValues, version: number): UpdateNominationBody {
  return {
    awardCode: values.awardCode,
    awardKind: values.awardKind,
    nomineePosition: trimmedOrNull(values.nomineePosition),
    proposedOn: toIsoDate(values.proposedOn) ?? undefined,
    ...(values.nomineeKind === 'collective' ? { members: membersOf(values) } : {}),
    report: reportOf(values),
    justification: trimmedOrNull(values.justification),
    version,
  };
}

/** A stored nomination as form values. */
export function valuesOf(n: Nomination): NominationFormValues {
  return {
    proposingUnitId: n.proposingUnit.id,
    nomineeKind: n.nominee.kind,
    personId: n.nominee.personId,
    unitId: n.nominee.unitId,
    awardCode: n.awardCode,
    year: n.year,
    awardKind: n.awardKind,
    proposedOn: fromIsoDate(n.proposedOn) ?? null,
    nomineePosition: n.nominee.position,
    members: n.members ?? {},
    report: { ...n.report },
    justification: n.justification,
  };
}

/** The awards a nominee of this kind may receive. */
export function awardsForKind(awards: readonly Award[], kind: NomineeKind | undefined): Award[] {
  return kind ? awards.filter((a) => a.nominee.includes(kind)) : [...awards];
}

const LEVEL_RANK: Record<Award['level'], number> = { grassroots: 0, province: 1, national: 2 };

/** Duyệt hình thức thấp hơn: another award for the same kind of nominee, of the same level or below. */
export function lowerAwards(awards: readonly Award[], code: AwardCode, kind: NomineeKind): Award[] {
  const current = awards.find((a) => a.code === code);
  if (!current) return [];
  return awardsForKind(awards, kind).filter((a) => a.code !== code && LEVEL_RANK[a.level] <= LEVEL_RANK[current.level]);
}

/** A justification is asked for once the stored check says the nominee is not (yet) eligible. */
export function needsJustification(n: Pick<Nomination, 'eligibilityStatus'>): boolean {
  return n.eligibilityStatus !== null && n.eligibilityStatus !== 'eligible';
}

export type FormFieldName = (string | number)[];

const FORM_FIELDS = new Set([
  'proposingUnitId',
  'personId',
  'unitId',
  'awardCode',
  'year',
  'awardKind',
  'proposedOn',
  'nomineePosition',
  'justification',
  'members.total',
  'members.completed',
  'members.ldtt',
  'members.cstdcs',
  'report.summary',
  'report.achievements',
  'report.priorAwards',
]);

/** Splits the server's field errors into those shown beside an input and those shown above the form. */
export function splitNominationErrors(fields: FieldErrors | undefined): { onFields: { name: FormFieldName; errors: string[] }[]; general: string[] } {
  const onFields: { name: FormFieldName; errors: string[] }[] = [];
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    // The members check is on the whole block: its first count is where the user looks.
    const name = path === 'members' ? 'members.total' : path;
    if (FORM_FIELDS.has(name)) onFields.push({ name: name.split('.'), errors: [message] });
    else general.push(`${fieldLabel(path)}: ${message}`);
  }
  return { onFields, general };
}

/**
 * The lines of a refused submit: each field error (one per nominee when the server names them),
 * else the message, one line per sentence the server put on its own line.
 */
export function submitErrorLines(message: string, fields: FieldErrors | undefined): string[] {
  const fromFields = [...new Set(Object.values(fields ?? {}).filter((m) => m.trim() !== ''))];
  if (fromFields.length > 0) return fromFields;
  return message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The year the list opens on: this year once it has nominations, else last year (year-end proposals come in the new year). */
export function defaultListYear(thisYear: number, hasThisYear: boolean): number {
  return hasThisYear ? thisYear : thisYear - 1;
}

/** Eligibility as the list shows it: the stored verdict (none before the first save) and whether it went up with a justification. */
export function eligibilityTagOf(n: Pick<NominationSummary, 'eligibilityStatus' | 'flagged'>): { status: NominationSummary['eligibilityStatus']; flagged: boolean } {
  return { status: n.eligibilityStatus, flagged: n.flagged && n.eligibilityStatus !== 'eligible' };
}

export interface CandidateChoice {
  proposingUnitId: string;
  year: number;
  awardCode: AwardCode;
  /** The person matched by the server, or the one the user picked. */
  personId?: Blank<string>;
  /** The unit the user picked for a collective. */
  unitId?: Blank<string>;
}

/** A draft from one exemplary entry: the entry's achievement opens section II of the report. */
export function candidateDraftBody(candidate: NominationCandidate, choice: CandidateChoice): CreateNominationBody {
  const isPerson = candidate.kind === 'person';
  return {
    proposingUnitId: choice.proposingUnitId,
    year: choice.year,
    awardCode: choice.awardCode,
    awardKind: 'regular',
    personId: isPerson ? (choice.personId ?? candidate.personId ?? null) : null,
    unitId: isPerson ? null : (choice.unitId ?? null),
    ...(candidate.position ? { nomineePosition: candidate.position } : {}),
    members: null,
    report: { summary: '', achievements: candidate.achievement, priorAwards: '' },
    justification: null,
    sourceReportId: candidate.reportId,
  };
}

/** Whether a candidate row has all it needs to become a draft. */
export function candidateReady(candidate: NominationCandidate, choice: Partial<CandidateChoice>): boolean {
  if (candidate.nominated || !choice.awardCode) return false;
  return candidate.kind === 'person' ? Boolean(choice.personId ?? candidate.personId) : Boolean(choice.unitId);
}
