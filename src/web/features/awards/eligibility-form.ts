import type { Dayjs } from 'dayjs';
import type { Award, AwardCode, EligibilityInput, Rating } from '../../../contract/awards.js';
import type { FieldErrors } from '../../../contract/errors.js';
import { fieldLabel } from '../../../contract/field-labels.js';
import { toIsoDate } from '../../lib/dates.js';

export type NomineeKind = EligibilityInput['nominee']['kind'];
export type UnitLevel = EligibilityInput['nominee']['unitLevel'];
export type InitiativeScope = EligibilityInput['initiatives'][number]['scope'];

export const NOMINEE_KINDS: readonly NomineeKind[] = ['person', 'collective', 'household', 'village'];
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune', 'agency'];
export const RATINGS: readonly Rating[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
export const INITIATIVE_SCOPES: readonly InitiativeScope[] = ['co_so', 'tinh', 'toan_quoc'];

type Blank<T> = T | null | undefined;

/**
 * The eligibility form as antd holds it. Names mirror the request body so that a field the server
 * names (`ratings.0.rating`) is the form field of the same path.
 */
export interface EligibilityValues {
  award?: AwardCode;
  asOf?: Blank<Dayjs>;
  nominee?: { kind?: NomineeKind; unitLevel?: UnitLevel };
  ratings?: Blank<{ year?: Blank<number>; rating?: Rating }>[];
  titles?: Blank<{ year?: Blank<number>; code?: AwardCode }>[];
  initiatives?: Blank<{ year?: Blank<number>; scope?: InitiativeScope }>[];
  discipline?: Blank<{ from?: Blank<Dayjs>; to?: Blank<Dayjs> }>[];
  underReview?: boolean;
  members?: { total?: Blank<number>; completed?: Blank<number>; ldtt?: Blank<number>; cstdcs?: Blank<number> };
}

const isSet = <T>(v: Blank<T>): v is T => v !== null && v !== undefined;

/** Members are counted only for a collective (tập thể), and only once any count was typed. */
function membersOf(values: EligibilityValues): EligibilityInput['members'] {
  const m = values.members;
  if (values.nominee?.kind !== 'collective' || !m) return null;
  const counts = [m.total, m.completed, m.ldtt, m.cstdcs];
  if (!counts.some(isSet)) return null;
  // A count left blank next to others is none: the server then says which count does not add up.
  return { total: m.total ?? 0, completed: m.completed ?? 0, ldtt: m.ldtt ?? 0, cstdcs: m.cstdcs ?? 0 };
}

/**
 * The request body of POST /api/awards/eligibility from the form. Rows the user left half empty
 * are the form's to refuse (its rules mark them); here they are left out rather than sent broken.
 */
export function toEligibilityInput(values: EligibilityValues & { award: AwardCode }, today: string): EligibilityInput {
  const rows = <T>(list: Blank<T>[] | undefined): T[] => (list ?? []).filter(isSet);
  return {
    asOf: toIsoDate(values.asOf) ?? today,
    award: values.award,
    nominee: { kind: values.nominee?.kind ?? 'person', unitLevel: values.nominee?.unitLevel ?? 'commune' },
    ratings: rows(values.ratings).flatMap((r) => (isSet(r.year) && r.rating ? [{ year: r.year, rating: r.rating }] : [])),
    titles: rows(values.titles).flatMap((r) => (isSet(r.year) && r.code ? [{ year: r.year, code: r.code }] : [])),
    initiatives: rows(values.initiatives).flatMap((r) => (isSet(r.year) && r.scope ? [{ year: r.year, scope: r.scope }] : [])),
    discipline: rows(values.discipline).flatMap((d) => {
      const from = toIsoDate(d.from);
      return from ? [{ from, to: toIsoDate(d.to) }] : [];
    }),
    underReview: values.underReview ?? false,
    members: membersOf(values),
  };
}

/** The year a new row of a yearly list starts with: the one after the latest, else the year before the proposal. */
export function nextRowYear(rows: Blank<{ year?: Blank<number> }>[] | undefined, asOfYear: number): number {
  const years = (rows ?? []).map((r) => r?.year).filter(isSet);
  return years.length ? Math.max(...years) + 1 : asOfYear - 1;
}

/** The nominee kinds the chosen award is given to; every kind while no award is chosen. */
export function nomineeKindsFor(award: Award | undefined): readonly NomineeKind[] {
  return award ? NOMINEE_KINDS.filter((k) => award.nominee.includes(k)) : NOMINEE_KINDS;
}

export type FormFieldName = (string | number)[];

// The leaves of every list row, and the plain fields, that have an input on the form.
const ROW_FIELDS: Record<string, readonly string[]> = {
  ratings: ['year', 'rating'],
  titles: ['year', 'code'],
  initiatives: ['year', 'scope'],
  discipline: ['from', 'to'],
};
const PLAIN_FIELDS = new Set(['asOf', 'award', 'underReview', 'nominee.kind', 'nominee.unitLevel', 'members.total', 'members.completed', 'members.ldtt', 'members.cstdcs']);

/** A server field path (`ratings.0.rating`) as the form's field name, or null when no input holds it. */
export function formFieldOf(path: string): FormFieldName | null {
  if (PLAIN_FIELDS.has(path)) return path.split('.');
  // The members check is on the whole block: its first count is where the user looks.
  if (path === 'members') return ['members', 'total'];
  const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(path);
  if (row && ROW_FIELDS[row[1]!]?.includes(row[3]!)) return [row[1]!, Number(row[2]), row[3]!];
  return null;
}

/** Splits the server's field errors into those shown beside an input and those shown above the form. */
export function splitFieldErrors(fields: FieldErrors | undefined): { onFields: { name: FormFieldName; errors: string[] }[]; general: string[] } {
  const onFields: { name: FormFieldName; errors: string[] }[] = [];
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    const name = formFieldOf(path);
    if (name) onFields.push({ name, errors: [message] });
    else general.push(`${fieldLabel(path)}: ${message}`);
  }
  return { onFields, general };
}
