/** Dates as Vietnamese users read them (dd/mm/yyyy), stored as ISO calendar dates. */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "2024-11-05" → "05/11/2024". */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "5/11/2024" or "05/11/2024" or "05-11-2024" → "2024-11-05"; null when the date does not exist. */
export function parseDateVi(s: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export function isValidIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

// Built once: constructing an Intl.DateTimeFormat costs about half a millisecond, and boards call these per unit.
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const INSTANT_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Today's calendar date in Vietnam, whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return DAY_FORMAT.format(now);
}

/** An instant shown as "dd/mm/yyyy HH:mm" in Vietnam time. */
export function formatDateTimeVi(instant: string | Date | null | undefined): string {
  if (!instant) return '';
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = INSTANT_FORMAT.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
