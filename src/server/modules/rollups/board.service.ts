/** Bảng theo dõi: where every unit given a task stands with its report, with counts and rates. */
import type { Board, BoardQuery, BoardRow, BoardStatus, TrackingSummary } from '../../../contract/reporting.js';
import { daysLate, daysUntil } from '../../../core/reporting/deadlines.js';
import { levelOfUnitKind, type UnitLevel } from '../../../core/reporting/targets.js';
import { isReported, trackingSummary } from '../../../core/reporting/tracking.js';
import { isoInstant } from '../../db/instants.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import type { AssignmentRow } from '../assignments/assignments.repo.js';
import { assignmentYear, loadTrackedAssignment } from './rollups-access.js';
import * as repo from './rollups.repo.js';

const LEVEL_ORDER: UnitLevel[] = ['province', 'district', 'commune', 'agency'];
const BOARD_STATUSES = new Set<string>(['draft', 'submitted', 'returned', 'accepted']);

export interface BoardData {
  board: Board;
  /** Every unit given the task (unfiltered), with its code for exports. */
  units: repo.AssignedUnitRow[];
  /** The report of each unit that has one. */
  reportByUnit: Map<string, repo.ReportRow>;
  /** Groups of the assignment's year, in order, with all their members. */
  groups: { groupId: string; groupName: string; memberIds: Set<string> }[];
}

/** The board of an assignment for the issuing side or a leader reading it. */
export async function getBoard(ctx: ServiceContext, actor: Actor | null, id: string, query: BoardQuery): Promise<Board> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  return (await buildBoard(ctx, row, query)).board;
}

/** Rows, summaries and the data behind them; access has been checked by the caller. */
export async function buildBoard(ctx: ServiceContext, row: AssignmentRow, query: BoardQuery = {}): Promise<BoardData> {
  const now = ctx.now();
  const [units, reports, reminders] = await Promise.all([repo.listAssignedUnits(ctx.db, row.id), repo.listReports(ctx.db, row.id), repo.lastReminders(ctx.db, row.id)]);
  const memberships = await repo.listGroupMemberships(
    ctx.db,
    units.map((u) => u.id),
    assignmentYear(row),
  );
  const groups = groupsOf(memberships);
  const reportByUnit = pickReports(reports, row.period);
  // Once for all rows: the same for every unit that has not reported (each call builds an Intl formatter).
  const daysToDue = daysUntil(row.dueOn, now);

  const allRows = units.map((unit): BoardRow => {
    const report = reportByUnit.get(unit.id);
    const status: BoardStatus = report && BOARD_STATUSES.has(report.status) ? (report.status as BoardStatus) : 'not_started';
    const firstSubmittedAt = isoInstant(report?.firstSubmittedAt ?? null);
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
      level: levelOfUnitKind(unit.kind),
      groups: groups.filter((g) => g.memberIds.has(unit.id)).map(({ groupId, groupName }) => ({ groupId, groupName })),
      status,
      reportId: report?.id ?? null,
      firstSubmittedAt,
      daysLate: isReported(status) && firstSubmittedAt !== null ? daysLate(row.dueOn, firstSubmittedAt) : null,
      // Missing as trackingSummary counts it: not reported, and the due date has passed.
      overdueDays: !isReported(status) && daysToDue < 0 ? -daysToDue : null,
      changesAfterAcceptance: report?.changesAfterAcceptance ?? 0,
      lastReminderAt: reminders.get(unit.id) ?? null,
    };
  });

  const rows = allRows.filter(
    (r) =>
      (query.level === undefined || r.level === query.level) &&
      (query.kind === undefined || r.unitKind === query.kind) &&
      (query.groupId === undefined || r.groups.some((g) => g.groupId === query.groupId)),
  );
  const summarise = (xs: BoardRow[]) => toContractSummary(trackingSummary(xs, row.dueOn, now));
  const board: Board = {
    assignmentId: row.id,
    title: row.title,
    dueOn: row.dueOn,
    lockOn: row.lockOn,
    generatedAt: now.toISOString(),
    rows,
    summary: summarise(rows),
    byLevel: LEVEL_ORDER.flatMap((level) => {
      const xs = rows.filter((r) => r.level === level);
      return xs.length ? [{ level, summary: summarise(xs) }] : [];
    }),
    byGroup: groups.flatMap((g) => {
      const xs = rows.filter((r) => g.memberIds.has(r.unitId));
      return xs.length ? [{ groupId: g.groupId, groupName: g.groupName, summary: summarise(xs) }] : [];
    }),
  };
  return { board, units, reportByUnit, groups };
}

/** Units late or missing: what a reminder or the consolidated report names. */
export function lateOrMissing(rows: readonly BoardRow[]): BoardRow[] {
  return rows.filter((r) => (r.daysLate ?? 0) > 0 || r.overdueDays !== null);
}

/**
 * One report per unit. An assignment has one period, so there is one; should reports of other
 * periods exist (the period was edited), the one of the assignment's period wins, else the latest.
 */
export function pickReports(reports: repo.ReportRow[], period: string): Map<string, repo.ReportRow> {
  const byUnit = new Map<string, repo.ReportRow>();
  for (const r of reports) {
    const current = byUnit.get(r.unitId);
    if (!current || r.period === period || current.period !== period) byUnit.set(r.unitId, r);
  }
  return byUnit;
}

/** Memberships as groups (in the order given) with their member sets. */
export function groupsOf(memberships: repo.GroupMembershipRow[]): BoardData['groups'] {
  const groups = new Map<string, BoardData['groups'][number]>();
  for (const m of memberships) {
    const g = groups.get(m.groupId) ?? { groupId: m.groupId, groupName: m.groupName, memberIds: new Set<string>() };
    g.memberIds.add(m.unitId);
    groups.set(m.groupId, g);
  }
  return [...groups.values()];
}

// The core counts "submitted" separately too; the contract's summary names its fields itself.
function toContractSummary(s: ReturnType<typeof trackingSummary>): TrackingSummary {
  return {
    expected: s.expected,
    reported: s.reported,
    accepted: s.accepted,
    returned: s.returned,
    draft: s.draft,
    notStarted: s.notStarted,
    onTime: s.onTime,
    late: s.late,
    missing: s.missing,
    pending: s.pending,
    completeness: s.completeness,
    timeliness: s.timeliness,
  };
}
