/**
 * Report deadlines (hạn nộp) and lock dates (ngày khóa sổ). Both are calendar dates in Vietnam:
 * "chậm nhất ngày 05/11/2024" means before 00:00 of 06/11/2024 local time, whatever the time zone
 * of the server or of the person submitting.
 */
import { isValidIsoDate, todayInVietnam } from '../dates.js';

const DAY_MS = 86_400_000;

/** Days from one calendar date to another: ("2024-11-05", "2024-11-07") → 2. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcMidnight(toIso) - utcMidnight(fromIso)) / DAY_MS);
}

/** "2024-11-05" + 1 → "2024-11-06". */
export function addDays(iso: string, days: number): string {
  return new Date(utcMidnight(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant that is too late for a deadline: 00:00 in Vietnam on the next day.
 * Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is written out;
 * the tests check it against `todayInVietnam`.
 */
export function lateFrom(dueOn: string): Date {
  return new Date(`${addDays(dueOn, 1)}T00:00:00+07:00`);
}

/** 0 when submitted on or before the due date (a Vietnamese calendar day), else the calendar days after it. */
export function daysLate(dueOn: string, submittedAt: string | Date): number {
  return Math.max(0, daysBetween(dueOn, localDateOf(submittedAt)));
}

export function isOnTime(dueOn: string, submittedAt: string | Date): boolean {
  return daysLate(dueOn, submittedAt) === 0;
}

/** Calendar days from today in Vietnam to the due date: 0 on the day itself, negative once it has passed. */
export function daysUntil(dueOn: string, now: Date): number {
  return daysBetween(localDateOf(now), dueOn);
}

/** Has the lock date passed? True from 00:00 in Vietnam on the day after it; never without a lock date. */
export function isAfterLock(lockOn: string | null, now: Date): boolean {
  if (lockOn === null) return false;
  assertIsoDate(lockOn);
  // ISO dates of equal length compare as text in calendar order.
  return localDateOf(now) > lockOn;
}

function localDateOf(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Thời điểm không hợp lệ: ${String(instant)}`);
  return todayInVietnam(d);
}

function utcMidnight(iso: string): number {
  assertIsoDate(iso);
  return Date.parse(`${iso}T00:00:00Z`);
}

// A malformed date would otherwise turn every answer into NaN and pass every comparison silently.
function assertIsoDate(iso: string): void {
  if (!isValidIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
}
