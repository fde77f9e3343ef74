import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../dates.js';
import { addDays, daysBetween, daysLate, daysUntil, isAfterLock, isOnTime, lateFrom } from './deadlines.js';

describe('daysLate / isOnTime', () => {
  it.each([
    // Due 05/11/2024 means before 06/11/2024 00:00 ICT = 2024-11-05T17:00:00Z.
    ['2024-11-05T16:59:59Z', 0],
    ['2024-11-05T16:59:59.999Z', 0],
    ['2024-11-05T17:00:00Z', 1],
    ['2024-11-05T23:59:59+07:00', 0],
    ['2024-11-06T00:00:00+07:00', 1],
    ['2024-11-07T10:00:00Z', 2],
    ['2024-11-04T18:00:00Z', 0], // 05/11 01:00 local
    ['2024-10-01T00:00:00Z', 0], // early is not negative
    ['2024-12-05T17:00:00Z', 31],
  ])('submitted at %s → %i day(s) late', (submittedAt, late) => {
    expect(daysLate('2024-11-05', submittedAt)).toBe(late);
    expect(daysLate('2024-11-05', new Date(submittedAt))).toBe(late);
    expect(isOnTime('2024-11-05', submittedAt)).toBe(late === 0);
  });

  it('counts calendar days across month and year ends and leap days', () => {
    expect(daysLate('2024-12-31', '2025-01-01T09:00:00+07:00')).toBe(1);
    expect(daysLate('2024-02-28', '2024-03-01T09:00:00+07:00')).toBe(2);
    expect(daysLate('2025-02-28', '2025-03-01T09:00:00+07:00')).toBe(1);
  });

  it('rejects a malformed date or instant rather than answering "on time"', () => {
    expect(() => daysLate('2024-11-31', '2024-11-05T00:00:00Z')).toThrow(RangeError);
    expect(() => daysLate('05/11/2024', '2024-11-05T00:00:00Z')).toThrow(/Ngày không hợp lệ/);
    expect(() => isOnTime('2024-11-05', 'hôm qua')).toThrow(/Thời điểm không hợp lệ/);
  });
});

describe('daysUntil', () => {
  it.each([
    ['2024-11-05T00:00:00+07:00', 0],
    ['2024-11-05T23:59:59+07:00', 0],
    ['2024-11-05T16:59:59Z', 0],
    ['2024-11-05T17:00:00Z', -1],
    ['2024-11-06T12:00:00+07:00', -1],
    ['2024-11-04T16:59:59Z', 1], // 04/11 23:59 local
    ['2024-11-04T17:00:00Z', 0],
    ['2024-10-06T12:00:00+07:00', 30],
  ])('now %s → %i', (now, days) => {
    expect(daysUntil('2024-11-05', new Date(now))).toBe(days);
  });
});

describe('isAfterLock', () => {
  it.each([
    ['2024-11-10T16:59:59Z', false],
    ['2024-11-10T17:00:00Z', true],
    ['2024-11-10T08:00:00+07:00', false],
    ['2024-11-11T00:00:00+07:00', true],
    ['2025-01-01T00:00:00Z', true],
  ])('lock 10/11/2024, now %s → %s', (now, locked) => {
    expect(isAfterLock('2024-11-10', new Date(now))).toBe(locked);
  });

  it('never locks without a lock date', () => {
    expect(isAfterLock(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('calendar helpers', () => {
  it('adds and counts days', () => {
    expect(addDays('2024-11-05', 1)).toBe('2024-11-06');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-11-05', '2024-11-07')).toBe(2);
    expect(daysBetween('2024-11-07', '2024-11-05')).toBe(-2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('puts the first late instant at 00:00 ICT of the next day, agreeing with todayInVietnam', () => {
    const first = lateFrom('2024-11-05');
    expect(first.toISOString()).toBe('2024-11-05T17:00:00.000Z');
    expect(todayInVietnam(first)).toBe('2024-11-06');
    expect(todayInVietnam(new Date(first.getTime() - 1))).toBe('2024-11-05');
    expect(lateFrom('2024-12-31').toISOString()).toBe('2024-12-31T17:00:00.000Z');
  });
});
