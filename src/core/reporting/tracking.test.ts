import { describe, expect, it } from 'vitest';
import { type BoardRowInput, type BoardStatus, reportingState, trackingSummary } from './tracking.js';

const DUE = '2024-11-05';
const BEFORE_DUE = new Date('2024-11-05T16:59:59Z'); // 05/11 23:59:59 local
const AFTER_DUE = new Date('2024-11-05T17:00:00Z'); // 06/11 00:00 local

let seq = 0;
function row(status: BoardStatus, firstSubmittedAt: string | null = null): BoardRowInput {
  seq += 1;
  return { unitId: `u${seq}`, status, firstSubmittedAt };
}

const ON_TIME = '2024-11-05T10:00:00Z';
const LAST_SECOND = '2024-11-05T16:59:59Z';
const LATE = '2024-11-06T08:00:00+07:00';

describe('reportingState', () => {
  it.each<[BoardStatus, string | null, Date, string]>([
    ['submitted', ON_TIME, AFTER_DUE, 'on_time'],
    ['submitted', LAST_SECOND, AFTER_DUE, 'on_time'],
    ['accepted', LATE, AFTER_DUE, 'late'],
    ['returned', ON_TIME, AFTER_DUE, 'on_time'],
    ['returned', LATE, AFTER_DUE, 'late'],
    ['submitted', null, AFTER_DUE, 'timing_unknown'],
    ['draft', null, BEFORE_DUE, 'pending'],
    ['draft', null, AFTER_DUE, 'missing'],
    ['not_started', null, BEFORE_DUE, 'pending'],
    ['not_started', null, AFTER_DUE, 'missing'],
    // Sent back and reopened as a draft: no report stands, so it is missing once the date passes.
    ['draft', ON_TIME, AFTER_DUE, 'missing'],
  ])('%s first submitted %s, now %s → %s', (status, first, now, state) => {
    expect(reportingState(row(status, first), DUE, now)).toBe(state);
  });
});

describe('trackingSummary', () => {
  const rows = [
    row('accepted', ON_TIME),
    row('accepted', LATE),
    row('submitted', LAST_SECOND),
    row('submitted', LATE),
    row('returned', ON_TIME),
    row('draft'),
    row('draft'),
    row('not_started'),
  ];

  it('counts statuses, timing and rates after the due date', () => {
    expect(trackingSummary(rows, DUE, new Date('2024-11-10T03:00:00Z'))).toEqual({
      expected: 8,
      submitted: 2,
      accepted: 2,
      returned: 1,
      draft: 2,
      notStarted: 1,
      reported: 5,
      onTime: 3,
      late: 2,
      missing: 3,
      pending: 0,
      completeness: 0.625,
      timeliness: 0.375,
    });
  });

  it('calls the units that have not reported pending until the due date has passed', () => {
    const onDueDay = trackingSummary(rows, DUE, BEFORE_DUE);
    expect(onDueDay).toMatchObject({ missing: 0, pending: 3 });
    const nextDay = trackingSummary(rows, DUE, AFTER_DUE);
    expect(nextDay).toMatchObject({ missing: 3, pending: 0 });
  });

  it('counts a report submitted late, before "now" moves on, as late', () => {
    const s = trackingSummary([row('submitted', LATE)], DUE, new Date(LATE));
    expect(s).toMatchObject({ reported: 1, onTime: 0, late: 1, timeliness: 0, completeness: 1 });
  });

  it('counts a reported row with no submission time as neither on time nor late', () => {
    const s = trackingSummary([row('accepted', null), row('submitted', ON_TIME)], DUE, AFTER_DUE);
    expect(s).toMatchObject({ reported: 2, onTime: 1, late: 0, completeness: 1, timeliness: 0.5 });
  });

  it('rounds the rates to 4 decimals', () => {
    const s = trackingSummary([row('submitted', ON_TIME), row('draft'), row('draft')], DUE, AFTER_DUE);
    expect(s.completeness).toBe(0.3333);
    expect(s.timeliness).toBe(0.3333);
  });

  it('has no rates when no unit is expected', () => {
    expect(trackingSummary([], DUE, AFTER_DUE)).toEqual({
      expected: 0,
      submitted: 0,
      accepted: 0,
      returned: 0,
      draft: 0,
      notStarted: 0,
      reported: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
      completeness: null,
      timeliness: null,
    });
  });

  it('adds up: statuses to expected, and timing states to expected', () => {
    const s = trackingSummary(rows, DUE, AFTER_DUE);
    expect(s.submitted + s.accepted + s.returned + s.draft + s.notStarted).toBe(s.expected);
    expect(s.onTime + s.late + s.missing + s.pending).toBe(s.expected);
  });
});
