import type { FieldErrors } from '../../../contract/errors.js';
import type { Exemplary, Report, ReportValue, SaveReportBody } from '../../../contract/reporting.js';

/** A row of the exemplary list as edited; `key` keeps inputs attached to their row when rows are removed. */
export type ExemplaryRow = Exemplary & { key: string };

/** What the unit edits on a report: everything PATCH /api/reports/:id saves, except the version. */
export interface ReportDraft {
  values: Record<string, ReportValue>;
  narrative: Record<string, string>;
  exemplary: ExemplaryRow[];
  warningComments: Record<string, string>;
}

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

export function draftOf(report: Report): ReportDraft {
  return {
    values: { ...report.values },
    narrative: { ...report.narrative },
    exemplary: report.exemplary.map((e) => ({ ...e, key: newRowKey() })),
    warningComments: { ...report.warningComments },
  };
}

const isBlank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * The PATCH body. Rows of the exemplary list that are still entirely blank (just added) stay in
 * the browser: the server would refuse them for want of a name. `exemplaryIndex[i]` is the row on
 * screen that was sent as row i, so the server's `exemplary.<i>.name` lands on the right row.
 */
export function saveBodyOf(draft: ReportDraft, version: number): { body: SaveReportBody; exemplaryIndex: number[] } {
  const exemplaryIndex: number[] = [];
  const exemplary: SaveReportBody['exemplary'] = [];
  draft.exemplary.forEach((row, i) => {
    if (isBlank(row.name) && isBlank(row.position) && isBlank(row.achievement)) return;
    exemplaryIndex.push(i);
    exemplary.push({ kind: row.kind, name: row.name, position: isBlank(row.position) ? null : row.position, achievement: row.achievement });
  });
  const values: Record<string, ReportValue> = {};
  for (const [id, value] of Object.entries(draft.values)) values[id] = typeof value === 'string' && isBlank(value) ? null : value;
  const warningComments: Record<string, string> = {};
  for (const [code, comment] of Object.entries(draft.warningComments)) if (!isBlank(comment)) warningComments[code] = comment;
  return { body: { version, values, narrative: draft.narrative, exemplary, warningComments }, exemplaryIndex };
}

/** The server's field errors with exemplary row numbers turned back into rows on screen. */
export function localFieldErrors(fields: FieldErrors, exemplaryIndex: readonly number[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^exemplary\.(\d+)(.*)$/.exec(path);
    const local = m ? exemplaryIndex[Number(m[1])] : undefined;
    out[m && local !== undefined ? `exemplary.${local}${m[2]}` : path] = message;
  }
  return out;
}

/** Errors for an indicator: the server names it by id (`values.<id>`) or, in validation issues, by code. */
export function indicatorError(fields: FieldErrors, indicator: { id: string; code: string }): string | undefined {
  return fields[`values.${indicator.id}`] ?? fields[`values.${indicator.code}`];
}

/** Errors whose path starts with `prefix` (`exemplary.2` covers `exemplary.2.name`). */
export function errorsUnder(fields: FieldErrors, prefix: string): string[] {
  return Object.entries(fields)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}

export function withoutFields(fields: FieldErrors, prefixes: readonly string[]): FieldErrors {
  const entries = Object.entries(fields).filter(([path]) => !prefixes.some((p) => path === p || path.startsWith(`${p}.`)));
  return entries.length === Object.keys(fields).length ? fields : Object.fromEntries(entries);
}
