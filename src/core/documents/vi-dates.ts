/**
 * Dates as Vietnamese documents write them: "ngày 29 tháng 8 năm 2011", "24/4/2024", and the
 * blanks of a draft ("ngày    tháng    năm 2024"). A date is only ever built from three readable
 * numbers that make a real calendar day; anything else is reported, never repaired.
 */
import { isValidIsoDate } from '../dates.js';
import { foldSameLength } from './fold.js';

export type DateStatus = 'ok' | 'missing' | 'unreadable' | 'impossible';

export interface DateReading {
  iso: string | null;
  year: number | null;
  status: DateStatus;
}

/** One field of a date: a number, blank (draft), or unreadable (OCR damage). */
function field(raw: string): number | 'missing' | 'unreadable' {
  const s = raw.replace(/[\s.…_,]/g, '');
  if (s === '') return 'missing';
  if (/^\d{1,4}$/.test(s)) return Number(s);
  return 'unreadable';
}

/** Builds a date from its three written fields. */
export function readDateFields(dayRaw: string, monthRaw: string, yearRaw: string): DateReading {
  const day = field(dayRaw);
  const month = field(monthRaw);
  const yearText = yearRaw.replace(/\s/g, '');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (!/^\d+$/.test(yearText) || yearText.length !== 4) {
    return { iso: null, year: null, status: yearText === '' ? 'missing' : /^\d+$/.test(yearText) ? 'impossible' : 'unreadable' };
  }
  if (day === 'unreadable' || month === 'unreadable') return { iso: null, year, status: 'unreadable' };
  if (day === 'missing' || month === 'missing') return { iso: null, year, status: 'missing' };
  const iso = `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? { iso, year, status: 'ok' } : { iso: null, year, status: 'impossible' };
}

/**
 * A date at the very start of `s` (folded or not): "24/4/2024", "24-4-2024", "24.4.2024" or
 * "24 tháng 4 năm 2024". Returns its reading and length, or null.
 */
export function readDateAt(s: string): { reading: DateReading; length: number; text: string } | null {
  const head = foldSameLength(s.slice(0, 40));
  const numeric = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/.exec(head);
  if (numeric) {
    return { reading: readDateFields(numeric[1]!, numeric[3]!, numeric[4]!), length: numeric[0].length, text: s.slice(0, numeric[0].length) };
  }
  const words = /^(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})(?!\d)/i.exec(head);
  if (words) {
    return { reading: readDateFields(words[1]!, words[2]!, words[3]!), length: words[0].length, text: s.slice(0, words[0].length) };
  }
  return null;
}

export interface DateMention {
  index: number;
  text: string;
}

/**
 * Dates written in the text that cannot exist: "07/5/201954" (a year of six digits), "31/02/2024",
 * "ngày 30 tháng 2 năm 2023". Two-digit years are left alone: they are ambiguous, not impossible.
 */
export function findImpossibleDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(/(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{1,8})(?![\d/])/g)) {
    const year = m[3]!;
    if (year.length === 2) continue;
    const reading = readDateFields(m[1]!, m[2]!, year);
    if (reading.status === 'impossible') found.push({ index: m.index, text: m[0] });
  }
  const folded = foldSameLength(text);
  for (const m of folded.matchAll(/ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{1,8})(?!\d)/gi)) {
    const reading = readDateFields(m[1]!, m[2]!, m[3]!);
    if (reading.status === 'impossible') found.push({ index: m.index, text: text.slice(m.index, m.index + m[0].length) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "2024-11-05" → "05/11/2024". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
