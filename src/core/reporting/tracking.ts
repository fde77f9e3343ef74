/**
 * Theo dõi tình hình nộp báo cáo: who has reported, on time or late, and who is missing.
 *
 * Definitions (every count is of units, one row per unit expected to report):
 * - reported: status submitted, accepted or returned. A returned report was received and sent
 *   back for correction; the unit did report, and whether it reported on time is already settled.
 * - onTime / late: reported, with the first submission on or before / after the due date (a
 *   Vietnamese calendar day; resubmissions after a return do not make a report late). A reported
 *   row without a first-submission time is neither: its timing is unknown.
 * - missing: not reported and the due date has passed. Before that the unit is pending, not missing.
 * - completeness = reported / expected; timeliness = onTime / expected. Rounded to 4 decimals,
 *   null when no unit is expected.
 */
import { daysUntil, isOnTime } from './deadlines.js';
import { roundTo } from './numbers.js';

/** Chưa bắt đầu, đang soạn, đã gửi, bị trả lại, đã tiếp nhận. */
export type BoardStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';

export interface BoardRowInput {
  unitId: string;
  status: BoardStatus;
  /** First time it was submitted (kept across returns). */
  firstSubmittedAt: string | null;
}

/** Where one unit stands against the deadline. */
export type ReportingState = 'on_time' | 'late' | 'timing_unknown' | 'pending' | 'missing';

export interface TrackingSummary {
  expected: number;
  /** Status counts: each row is in exactly one. */
  submitted: number;
  accepted: number;
  returned: number;
  draft: number;
  notStarted: number;
  /** submitted + accepted + returned. */
  reported: number;
  onTime: number;
  late: number;
  /** Not reported, due date passed. */
  missing: number;
  /** Not reported, due date not yet passed. */
  pending: number;
  completeness: number | null;
  timeliness: number | null;
}

/** Received by the organiser: submitted, accepted, or returned for correction. */
export function isReported(status: BoardStatus): boolean {
  return status === 'submitted' || status === 'accepted' || status === 'returned';
}

/** One unit's standing for the board: on time, late, timing unknown, pending or missing. */
export function reportingState(row: BoardRowInput, dueOn: string, now: Date): ReportingState {
  if (!isReported(row.status)) return daysUntil(dueOn, now) < 0 ? 'missing' : 'pending';
  if (row.firstSubmittedAt === null) return 'timing_unknown';
  return isOnTime(dueOn, row.firstSubmittedAt) ? 'on_time' : 'late';
}

/** The counts and rates of a tracking board (bảng theo dõi) for one deadline. */
export function trackingSummary(rows: readonly BoardRowInput[], dueOn: string, now: Date): TrackingSummary {
  const byStatus: Record<BoardStatus, number> = { not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
  const byState: Record<ReportingState, number> = { on_time: 0, late: 0, timing_unknown: 0, pending: 0, missing: 0 };
  for (const row of rows) {
    byStatus[row.status] += 1;
    byState[reportingState(row, dueOn, now)] += 1;
  }
  const expected = rows.length;
  const reported = byStatus.submitted + byStatus.accepted + byStatus.returned;
  const rate = (n: number) => (expected === 0 ? null : roundTo(n / expected, 4));
  return {
    expected,
    submitted: byStatus.submitted,
    accepted: byStatus.accepted,
    returned: byStatus.returned,
    draft: byStatus.draft,
    notStarted: byStatus.not_started,
    reported,
    onTime: byState.on_time,
    late: byState.late,
    missing: byState.missing,
    pending: byState.pending,
    completeness: rate(reported),
    timeliness: rate(byState.on_time),
  };
}
