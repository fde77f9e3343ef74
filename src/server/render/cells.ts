/** What the spreadsheet adapters (xlsx.ts, csv.ts) share: the table shape and cell text rules. */

/**
 * A sheet as text: `table[i]` is spreadsheet row i + 1 (the header is usually row 1), so an
 * import can report the row number the user sees. Empty rows stay as `[]` to keep that count.
 */
export type Table = string[][];

/** A value to write: text, a number, or an empty cell. */
export type CellInput = string | number | null | undefined;

/** Data rows an uploaded sheet may hold; more is refused before any work. */
export const MAX_DATA_ROWS = 20_000;
/** Sheet rows read: the data rows under one header row. */
export const MAX_TABLE_ROWS = MAX_DATA_ROWS + 1;
/** Columns read per row; a row with data further right is refused rather than silently cut. */
export const MAX_TABLE_COLUMNS = 200;

/** Thrown by the file adapters for bytes that are not a readable sheet or document; the caller turns it into a 400. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

// Spreadsheets run a cell that starts with these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text a spreadsheet would run as a formula, so exported names stay inert. */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes escapeFormula when a file we exported comes back, so a round trip changes nothing. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Every cell read becomes trimmed NFC text (Word and old tools paste NFD Vietnamese). */
export function cleanCell(value: string): string {
  return unescapeFormula(value.normalize('NFC').trim());
}

/** Drops empty cells at the end of a row, so "no data" is always `[]`. */
export function trimRow(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return end === row.length ? row : row.slice(0, end);
}

/** Drops empty rows at the end of a table (sheets often carry formatted but empty rows). */
export function trimTable(table: Table): Table {
  let end = table.length;
  while (end > 0 && table[end - 1]!.length === 0) end--;
  return end === table.length ? table : table.slice(0, end);
}
