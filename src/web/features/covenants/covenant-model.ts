/**
 * Pure logic of the giao ước pages: the criteria tree from the stored flat list, the editor's rows
 * and the body they save to, server field paths (`criteria.3.maxPoints`, `items.0.score`) mapped
 * back to the row that caused them, and the self-scoring sheet's body and totals.
 */
import type { Covenant, CovenantStatus, Criterion, CriterionInput, CriterionKind, SaveScoresBody, UnitScores } from '../../../contract/covenants.js';
import type { FieldErrors } from '../../../contract/errors.js';
import { fromHundredths, toHundredths, unitTotals, type UnitTotals } from '../../../core/covenants/scoring.js';

/** A row of the printed table: the criterion and how deep it sits (0 = top level). */
export interface CriterionTreeRow {
  criterion: Criterion;
  depth: number;
}

const byPosition = (a: Criterion, b: Criterion) => a.position - b.position;

/**
 * The table in print order: each row followed by its children (by position), depth-first. A row
 * whose parent is missing from the list is shown at top level rather than lost.
 */
export function criteriaTree(criteria: readonly Criterion[]): CriterionTreeRow[] {
  const ids = new Set(criteria.map((c) => c.id));
  const children = new Map<string | null, Criterion[]>();
  for (const c of criteria) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const rows: CriterionTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    // Each row has one parent, so a walk from the roots visits it once and never enters a loop.
    for (const c of [...(children.get(parent) ?? [])].sort(byPosition)) {
      seen.add(c.id);
      rows.push({ criterion: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  // Rows caught in a parent loop are reachable from no root: keep them, at top level.
  for (const c of [...criteria].sort(byPosition)) if (!seen.has(c.id)) rows.push({ criterion: c, depth: 0 });
  return rows;
}

/** Depth of a code in the tree: "1" → 0, "1.2" → 1, "A.3.1" → 2 (used while editing, before ids exist). */
export function codeDepth(code: string): number {
  const trimmed = code.trim();
  return trimmed === '' ? 0 : trimmed.split('.').length - 1;
}

/** One editable row of the bảng tiêu chí; `key` is local to the editor. */
export interface CriterionEditorRow {
  key: string;
  code: string;
  name: string;
  kind: CriterionKind;
  maxPoints: number | null;
  evidenceRequired: boolean;
  indicatorId: string | null;
}

/** The stored table as editor rows, in table order. */
export function editorRowsOf(criteria: readonly Criterion[]): CriterionEditorRow[] {
  return criteriaTree(criteria).map(({ criterion: c }) => ({
    key: c.id,
    code: c.code,
    name: c.name,
    kind: c.kind,
    maxPoints: c.maxPoints,
    evidenceRequired: c.evidenceRequired,
    indicatorId: c.indicatorId,
  }));
}

/**
 * The code a row inserted after `previous` most likely wants: the next sibling ("1.2" → "1.3"),
 * or the first child when `previous` is a group ("1" → "1.1"); "" when there is nothing to go on.
 */
export function suggestNextCode(previous: Pick<CriterionEditorRow, 'code' | 'kind'> | undefined): string {
  const code = previous?.code.trim().toUpperCase() ?? '';
  if (!previous || code === '') return '';
  if (previous.kind === 'group') return `${code}.1`;
  const segments = code.split('.');
  const last = segments.pop() ?? '';
  if (!/^\d+$/.test(last)) return '';
  return [...segments, String(Number(last) + 1)].join('.');
}

/** The PATCH body's `criteria`, in the editor's order (field errors refer to that order). */
export function criteriaBody(rows: readonly CriterionEditorRow[]): CriterionInput[] {
  return rows.map((r) => ({
    code: r.code.trim().toUpperCase(),
    name: r.name.trim(),
    kind: r.kind,
    maxPoints: r.maxPoints === null ? 0 : fromHundredths(toHundredths(r.maxPoints)),
    evidenceRequired: r.evidenceRequired,
    indicatorId: r.indicatorId,
  }));
}

/** Field errors of a list, by row index and field, plus those about the list or the form as a whole. */
export interface IndexedFieldErrors {
  rows: Map<number, Record<string, string>>;
  general: string[];
}

/**
 * `{ 'criteria.3.maxPoints': '…', criteria: '…' }` with prefix "criteria" → row 3's maxPoints,
 * and the message about the whole table as general. A path naming a row but no field lands on
 * the row's `row` key; paths outside the prefix are general.
 */
export function indexedFieldErrors(fields: FieldErrors | undefined, prefix: string): IndexedFieldErrors {
  const rows = new Map<number, Record<string, string>>();
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    const [head, index, ...rest] = path.split('.');
    const i = index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
    if (head !== prefix || i === null) {
      if (!general.includes(message)) general.push(message);
      continue;
    }
    const field = rest.length ? rest.join('.') : 'row';
    rows.set(i, { ...rows.get(i), [field]: message });
  }
  return { rows, general };
}

/** Non-group rows of the table, in print order: the lines of a score sheet. */
export function scoredLines(criteria: readonly Criterion[]): Criterion[] {
  return criteriaTree(criteria)
    .map((r) => r.criterion)
    .filter((c) => c.kind !== 'group');
}

/** What the scorer has typed for one line. */
export interface SheetDraftLine {
  score: number | null;
  evidence: string;
}
export type SheetDraft = Record<string, SheetDraftLine>;

/** The sheet as the server holds it, as editable lines keyed by criterion id. */
export function sheetDraftOf(sheet: Pick<UnitScores, 'items'>): SheetDraft {
  return Object.fromEntries(sheet.items.map((i) => [i.criterionId, { score: i.selfScore, evidence: i.evidence ?? '' }]));
}

const cleanScore = (score: number | null | undefined): number | null =>
  score === null || score === undefined || !Number.isFinite(score) ? null : fromHundredths(toHundredths(score));

/**
 * The PUT body: one item per line in print order (so `items.3.score` is the fourth line), scores
 * to two decimals, blank evidence as null; `version` null for a sheet never saved.
 */
export function sheetBody(lines: readonly Pick<Criterion, 'id'>[], draft: SheetDraft, version: number | null): SaveScoresBody {
  return {
    items: lines.map((c) => {
      const line = draft[c.id];
      const evidence = line?.evidence.trim() ?? '';
      return { criterionId: c.id, score: cleanScore(line?.score), evidence: evidence === '' ? null : evidence };
    }),
    version,
  };
}

/** Has the scorer changed anything since the sheet was loaded? */
export function isSheetDirty(lines: readonly Pick<Criterion, 'id'>[], draft: SheetDraft, saved: SheetDraft): boolean {
  const a = sheetBody(lines, draft, null).items;
  const b = sheetBody(lines, saved, null).items;
  return a.some((item, i) => item.score !== b[i]?.score || item.evidence !== b[i]?.evidence);
}

/** Server errors of a saved sheet (`items.0.score`) by criterion id, plus the sheet-wide ones. */
export function sheetFieldErrors(fields: FieldErrors | undefined, body: SaveScoresBody): { byCriterion: Map<string, Record<string, string>>; general: string[] } {
  const { rows, general } = indexedFieldErrors(fields, 'items');
  const byCriterion = new Map<string, Record<string, string>>();
  for (const [i, errors] of rows) {
    const id = body.items[i]?.criterionId;
    if (id === undefined) general.push(...Object.values(errors));
    else byCriterion.set(id, errors);
  }
  return { byCriterion, general };
}

/**
 * Lines the server will refuse to submit for want of evidence: evidence required, a score above
 * zero, and nothing written (the server's rule in submitScores).
 */
export function missingEvidence(lines: readonly Pick<Criterion, 'id' | 'evidenceRequired'>[], draft: SheetDraft, withFiles: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(lines.filter((c) => c.evidenceRequired && (draft[c.id]?.score ?? 0) > 0 && !draft[c.id]?.evidence.trim() && !withFiles.has(c.id)).map((c) => c.id));
}

/** Running totals of a draft: criteria + bonus − penalty, as the server will count them. */
export function draftTotals(criteria: readonly Criterion[], draft: SheetDraft): UnitTotals {
  return unitTotals(criteria, new Map(Object.entries(draft).map(([id, line]) => [id, line.score])));
}

/** Deadline is a calendar day: due 05/11 accepts sheets through 05/11 (both ISO dates). */
export function isPastDeadline(deadline: string, today: string): boolean {
  return today > deadline;
}

export type CovenantStep = 'open' | 'close-scoring' | 'close';

/** The next step of each status; the route name is the path segment. */
export const NEXT_STEP: Record<CovenantStatus, CovenantStep | null> = { draft: 'open', scoring: 'close-scoring', review: 'close', closed: null };

/**
 * The step button the user may see. Opening is the organiser's; closing scoring and closing the
 * covenant are also the head unit's (the server checks the head's role and answers 403 if not).
 */
/** The organiser's side and the head unit's head run the covenant's later steps and its vote. */
export function canSteer(c: Pick<Covenant, 'canManage' | 'canAdjust' | 'scoringUnitIds' | 'votingUnitIds' | 'headUnitId'>): boolean {
  const head = c.headUnitId !== null && (c.scoringUnitIds.includes(c.headUnitId) || c.votingUnitIds.includes(c.headUnitId));
  return c.canManage || c.canAdjust || head;
}

export function stepFor(c: Pick<Covenant, 'status' | 'canManage' | 'canAdjust' | 'scoringUnitIds' | 'headUnitId'>): CovenantStep | null {
  const step = NEXT_STEP[c.status];
  if (step === null) return null;
  if (step === 'open') return c.canManage ? step : null;
  const head = c.headUnitId !== null && c.scoringUnitIds.includes(c.headUnitId);
  return c.canManage || c.canAdjust || head ? step : null;
}

/** Groups of the year that have no covenant yet (one covenant per group). */
export function groupsWithoutCovenant<G extends { id: string }>(groups: readonly G[], covenants: readonly { groupId: string }[]): G[] {
  const taken = new Set(covenants.map((c) => c.groupId));
  return groups.filter((g) => !taken.has(g.id));
}

/**
 * The covenant whose table a new one most likely copies: the same group's name in the latest
 * earlier year (groups are formed again each year, so the name is what carries over).
 */
export function defaultCopySource<C extends { id: string; groupName: string; year: number }>(group: { name: string; year: number }, covenants: readonly C[]): C | null {
  const candidates = covenants.filter((c) => c.groupName.trim().toLowerCase() === group.name.trim().toLowerCase() && c.year < group.year);
  return candidates.sort((a, b) => b.year - a.year)[0] ?? null;
}

/**
 * How many rows a criteria import read, from whatever the import answers: a covenant (its
 * criteria), a list of rows, or a count; null when the answer says nothing about it.
 */
export function importedRowCount(result: unknown): number | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Record<string, unknown>;
  for (const key of ['criteria', 'rows', 'items']) {
    const v = r[key];
    if (Array.isArray(v)) return v.length;
    if (typeof v === 'number') return v;
  }
  for (const key of ['count', 'rowCount', 'total']) if (typeof r[key] === 'number') return r[key];
  if (typeof r.created === 'number') return r.created + (typeof r.updated === 'number' ? r.updated : 0);
  return null;
}
