import type { Dayjs } from 'dayjs';
import type { Assignment } from '../../../contract/documents.js';
import type { CrossRule, Indicator, NarrativeSection, UpdateAssignmentBody } from '../../../contract/reporting.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { fromIsoDate, toIsoDate } from '../../lib/dates.js';

export type RuleOp = CrossRule['op'];
export const RULE_OPS: { value: RuleOp; label: string }[] = [
  { value: 'lte', label: '≤' },
  { value: 'lt', label: '<' },
  { value: 'gte', label: '≥' },
  { value: 'gt', label: '>' },
  { value: 'eq', label: '=' },
];

export interface RuleValues {
  code: string;
  left?: string;
  op: RuleOp;
  /** An indicator code, or a number typed the Vietnamese way. */
  right: string;
  severity: CrossRule['severity'];
  message: string;
}

export interface TemplateValues {
  title: string;
  movementId: string | null;
  period: string;
  dueOn: Dayjs | null;
  lockOn: Dayjs | null;
  remindDaysBefore: number | null;
  indicatorIds: string[];
  sections: NarrativeSection[];
  attachmentsRequired: boolean;
  exemplaryList: boolean;
  rules: RuleValues[];
}

/**
 * "1.234,5" → 1234.5, "0,5" and "0.5" → 0.5, "1.000" → 1000: Vietnamese grouping wins when the
 * dots sit every three digits; otherwise a dot or comma is the decimal mark. null when not a number.
 */
export function parseNumberVi(input: string): number | null {
  const s = input.trim().replace(/\s/g, '');
  if (!s) return null;
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** A rule's right side as the form shows it: the code, or the number written the Vietnamese way. */
function rightText(right: CrossRule['right']): string {
  return typeof right === 'number' ? formatNumberVi(right, 10) : right;
}

/** The right side the API takes: a known indicator code (as typed, upper-cased) or a number. */
export function parseRight(input: string, codes: ReadonlySet<string>): string | number | null {
  const code = input.trim().toUpperCase();
  if (codes.has(code)) return code;
  return parseNumberVi(input);
}

export function toFormValues(a: Assignment): TemplateValues {
  return {
    title: a.title,
    movementId: a.movementId,
    period: a.period,
    dueOn: fromIsoDate(a.dueOn) ?? null,
    lockOn: fromIsoDate(a.lockOn) ?? null,
    remindDaysBefore: a.remindDaysBefore,
    indicatorIds: a.template.indicatorIds,
    sections: a.template.sections,
    attachmentsRequired: a.template.attachmentsRequired,
    exemplaryList: a.template.exemplaryList,
    rules: a.template.rules.map((r) => ({ code: r.code, left: r.left, op: r.op, right: rightText(r.right), severity: r.severity, message: r.message ?? '' })),
  };
}

/**
 * The PATCH body. Indicators go in the movement's order whatever order they were ticked in, and
 * only those of the chosen movement (ticks left over from another movement are dropped).
 */
export function toUpdateBody(v: TemplateValues, indicators: readonly Indicator[], version: number): UpdateAssignmentBody {
  const ticked = new Set(v.indicatorIds);
  const codes = new Set(indicators.map((i) => i.code));
  return {
    title: v.title.trim(),
    dueOn: toIsoDate(v.dueOn)!,
    lockOn: toIsoDate(v.lockOn),
    movementId: v.movementId ?? null,
    period: v.period.trim(),
    remindDaysBefore: v.remindDaysBefore ?? null,
    template: {
      indicatorIds: indicators.filter((i) => ticked.has(i.id)).map((i) => i.id),
      sections: v.sections.map((s) => ({ key: s.key.trim(), title: s.title.trim(), required: Boolean(s.required) })),
      attachmentsRequired: v.attachmentsRequired,
      exemplaryList: v.exemplaryList,
      rules: v.rules.map((r) => ({
        code: r.code.trim(),
        left: r.left ?? '',
        op: r.op,
        // The form validated it; a value that no longer parses is sent as typed for the server to name.
        right: parseRight(r.right, codes) ?? r.right.trim(),
        severity: r.severity,
        message: r.message.trim() || null,
      })),
    },
    version,
  };
}

/** Indicators in the order the movement lists them. */
export function sortIndicators(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
}
