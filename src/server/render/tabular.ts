/**
 * Spreadsheet files as the import and export services see them: one call per direction whatever
 * the format, columns found by header name, and row errors collected into one 400.
 */
import type { z } from 'zod';
import { AppError } from '../../contract/errors.js';
import type { ImportRowError } from '../../contract/units.js';
import { foldForSearch } from '../../core/text.js';
import { UnreadableFileError, type Table } from './cells.js';
import { buildCsv, readCsv } from './csv.js';
import { buildXlsx, readXlsx, type SheetModel } from './xlsx.js';

export type { SheetModel } from './xlsx.js';
export type FileFormat = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A file to hand to the user: the HTTP layer sends it as an attachment, the CLI writes it. */
export interface OutputFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Reads an uploaded file into a table; unreadable bytes become a 400 naming the file. */
export async function readTable(bytes: Buffer, format: FileFormat): Promise<Table> {
  try {
    return format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new AppError('INVALID_INPUT', err.message, { file: err.message });
    throw err;
  }
}

/** Writes sheets as a file; CSV holds one table, so it takes the first sheet only. */
export async function writeFile(baseName: string, format: FileFormat, sheets: SheetModel[]): Promise<OutputFile> {
  const first = sheets[0]!;
  const bytes =
    format === 'xlsx'
      ? await buildXlsx(sheets)
      : buildCsv(
          first.columns.map((c) => c.header),
          first.rows,
        );
  return { fileName: `${baseName}.${format}`, contentType: CONTENT_TYPES[format], bytes };
}

/** One column an import understands: the header it is written with and the names it accepts. */
export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  /** Other accepted headers (English, short forms); matched without diacritics or case. */
  aliases: string[];
  required: boolean;
}

export interface DataRow<F extends string> {
  /** Spreadsheet row number (the header is row 1 unless title rows precede it). */
  row: number;
  values: Record<F, string>;
}

// Users put a title ("DANH SÁCH ĐƠN VỊ…") above the header; look this far down for it.
const HEADER_SEARCH_ROWS = 10;

/** "Mã đơn vị", "ma don vi", "MÃ_ĐƠN_VỊ" and "parent_code" → comparable keys. */
export function headerKey(header: string): string {
  return foldForSearch(header.replace(/[_\-.:*()]/g, ' '));
}

/**
 * Finds the header row (the first of the top rows that names every required column) and returns
 * the non-empty rows below it as records. Unknown columns are ignored, so an exported file with
 * extra columns imports as is.
 */
export function readRecords<F extends string>(table: Table, columns: ColumnSpec<F>[]): DataRow<F>[] {
  const keyOf = new Map<string, F>();
  for (const c of columns) for (const name of [c.header, ...c.aliases]) keyOf.set(headerKey(name), c.field);
  const required = columns.filter((c) => c.required);

  let headerIndex = -1;
  let positions = new Map<F, number[]>();
  for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i++) {
    const found = new Map<F, number[]>();
    table[i]!.forEach((cell, col) => {
      const field = keyOf.get(headerKey(cell));
      if (field) found.set(field, [...(found.get(field) ?? []), col]);
    });
    if (required.every((c) => found.has(c.field))) {
      headerIndex = i;
      positions = found;
      break;
    }
  }
  if (headerIndex < 0) {
    const names = required.map((c) => `"${c.header}"`).join(', ');
    throw fileError(
      table.length === 0
        ? 'Tệp không có dữ liệu'
        : `Không tìm thấy dòng tiêu đề: tệp cần một dòng tiêu đề có các cột ${names}`,
    );
  }
  for (const c of columns) {
    const at = positions.get(c.field) ?? [];
    if (at.length > 1) {
      throw fileError(`Cột "${c.header}" xuất hiện nhiều lần (các cột ${at.map(columnLetter).join(', ')}): chỉ giữ một cột`);
    }
  }

  const rows: DataRow<F>[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => c === '')) continue;
    const values = {} as Record<F, string>;
    for (const c of columns) values[c.field] = cells[positions.get(c.field)?.[0] ?? -1] ?? '';
    rows.push({ row: i + 1, values });
  }
  if (rows.length === 0) throw fileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề');
  return rows;
}

/** "A", "B", … "AA": how a spreadsheet names column index 0, 1, … 26. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function fileError(message: string): AppError {
  return new AppError('INVALID_INPUT', message, { file: message });
}

// A file of 20,000 bad rows would otherwise answer with megabytes of details.
const MAX_REPORTED_ERRORS = 1_000;

/** Collects every row error of an import so the user fixes the file in one pass. */
export class ImportErrors {
  private readonly errors: ImportRowError[] = [];
  private readonly rows = new Set<number>();

  constructor(private readonly headers: Record<string, string>) {}

  /** Adds an error; the message is prefixed with the column's header so the user finds the cell. */
  add(row: number, field: string | null, message: string): void {
    this.rows.add(row);
    const header = field ? this.headers[field] : undefined;
    // Contract messages sometimes name the field already ("Mã đơn vị không được để trống").
    const named = !header || message.startsWith(header) ? message : `${header}: ${message}`;
    this.errors.push({ row, field, message: named });
  }

  /** Adds a row's zod issues, the first per field only: "" fails both min length and pattern. */
  addZodIssues(row: number, error: z.ZodError): void {
    const seen = new Set<string | null>();
    for (const issue of error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : null;
      if (seen.has(field)) continue;
      seen.add(field);
      this.add(row, field, issue.message);
    }
  }

  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  get count(): number {
    return this.rows.size;
  }

  /** Throws the one 400 of a failed import: nothing has been or will be written. */
  throwIfAny(): void {
    if (this.rows.size === 0) return;
    const details = [...this.errors].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_ERRORS);
    throw new AppError('INVALID_INPUT', `Tệp có ${this.rows.size} dòng lỗi, chưa ghi dữ liệu nào`, undefined, details);
  }
}
