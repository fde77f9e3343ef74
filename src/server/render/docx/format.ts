/**
 * The words of the Decree 30/2020 layout that are pure text: the "Số:" line, the place-and-date
 * line, list punctuation of Kính gửi and Nơi nhận. No docx here, so every rule is testable alone.
 * Rules: Nghị định 30/2020/NĐ-CP, Phụ lục I, §II.3, §II.4, §II.9 (domain.md §3.2).
 */

/** Spaces left for a number written by hand when the document is issued ("Số:      /UBND-NV"). */
export const NUMBER_BLANK = ' '.repeat(6);
/** Spaces left for the day and the month of an undated draft ("ngày    tháng    năm 2024"). */
export const DAY_MONTH_BLANK = ' '.repeat(4);

/**
 * Is this document a công văn, laid out by Mẫu 1.5 (no type line, "V/v" in the header)? A text
 * of unknown type is typeset as one: it invents no type name.
 */
export function isDispatch(doc: { docType: string | null }): boolean {
  return doc.docType === null || doc.docType === 'Công văn';
}

/** NFC, single spaces, no leading or trailing space. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Upper case for ô 1, 2, 5a, 7a; Vietnamese has no special casing rule beyond Unicode's. */
export function upper(text: string): string {
  return cleanText(text).toUpperCase();
}

/**
 * The ký hiệu as Decree 30 writes it: no spaces around "-" and "/", and for a công văn no type
 * code — an input like "CV-UBND" (a common mistake) loses its "CV-".
 */
export function normaliseSymbol(symbol: string | null, isDispatch: boolean): string | null {
  if (symbol === null) return null;
  let s = cleanText(symbol).replace(/\s*([/-])\s*/g, '$1');
  if (isDispatch) s = s.replace(/^((?:\d{4}\/)?)CV-/i, '$1');
  return s === '' ? null : s;
}

/** A number below 10 gets a leading zero: "5" → "05"; "736" stays. */
export function padNumber(number: string): string {
  const n = cleanText(number);
  return /^\d$/.test(n) ? `0${n}` : n;
}

/** Ô 3: "Số: 05/UBND-NV"; an unnumbered draft keeps the blank for the number: "Số:      /UBND-NV". */
export function formatNumberLine(number: string | null, symbol: string | null): string {
  const n = number === null || cleanText(number) === '' ? null : padNumber(number);
  if (n === null) return `Số:${NUMBER_BLANK}/${symbol ?? NUMBER_BLANK}`;
  return symbol === null ? `Số: ${n}` : `Số: ${n}/${symbol}`;
}

/** Day below 10 gets a leading zero. */
export function formatDay(day: number): string {
  return String(day).padStart(2, '0');
}

/** Only months 1 and 2 get a leading zero ("tháng 01", "tháng 6", "tháng 11"), per Phụ lục I §II.4. */
export function formatMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/**
 * Ô 4: "Tủa Chùa, ngày 05 tháng 01 năm 2024". Without a date the day and month stay blank for
 * the signing day ("ngày    tháng    năm 2024"), and so does the year when it is unknown.
 */
export function formatPlaceDateLine(place: string | null, isoDate: string | null, year: number | null): string {
  const where = place === null || cleanText(place) === '' ? NUMBER_BLANK : cleanText(place);
  const m = isoDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m) {
    return `${where}, ngày ${formatDay(Number(m[3]))} tháng ${formatMonth(Number(m[2]))} năm ${m[1]}`;
  }
  const y = year === null ? NUMBER_BLANK : String(year);
  return `${where}, ngày${DAY_MONTH_BLANK}tháng${DAY_MONTH_BLANK}năm ${y}`;
}

/** One list item without its bullet and end punctuation: "– UBND các xã;" → "UBND các xã". */
export function bareItem(item: string): string {
  return cleanText(item)
    .replace(/^[-–—•+*]\s*/, '')
    .replace(/[\s;,.]+$/, '')
    .trim();
}

/**
 * Items as Decree 30 lists them: each "- …;" and the last "- … .". Empty items are dropped;
 * the input's own bullets and punctuation are replaced, whatever they were.
 */
export function formatListLines(items: readonly string[]): string[] {
  const bare = items.map(bareItem).filter((s) => s !== '');
  return bare.map((s, i) => `- ${s}${i === bare.length - 1 ? '.' : ';'}`);
}

const ARCHIVE_LINE = /^lưu\b/i;

/** Nơi nhận lines: the archive line ("Lưu: VT, NV") moved last, since Decree 30 ends the list with it. */
export function formatDistributionLines(distribution: readonly string[]): string[] {
  const bare = distribution.map(bareItem).filter((s) => s !== '');
  const ordered = [...bare.filter((s) => !ARCHIVE_LINE.test(s)), ...bare.filter((s) => ARCHIVE_LINE.test(s))];
  return formatListLines(ordered);
}
