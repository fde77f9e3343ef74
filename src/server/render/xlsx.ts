/**
 * The XLSX adapter: the only file that imports exceljs (design.md §4), so the library can be
 * swapped or upgraded in one place. Pure: rows → bytes and bytes → rows, no I/O.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  UnreadableFileError,
  cleanCell,
  escapeFormula,
  trimRow,
  trimTable,
  type CellInput,
  type Table,
} from './cells.js';
import { inspectZip } from './zip-guard.js';

export interface SheetModel {
  /** Sheet tab name (Excel allows 31 characters, no []:*?/\). */
  name: string;
  /** `numFmt`: how Excel shows the column's numbers, e.g. '0.0%' for a ratio stored as 1.083. */
  columns: { header: string; width?: number; numFmt?: string }[];
  rows: CellInput[][];
  /** Lines above the header row (a title, "Số liệu tính đến …"); the first is bold, the header stays frozen below them. */
  preamble?: string[];
  /** Indent level of the first cell of each data row (by row index), for a tree read top-down. */
  indents?: number[];
}

export interface ReadLimits {
  maxRows?: number;
  /** Sum of the uncompressed sizes of every part of the file. */
  maxUncompressedBytes?: number;
}

/**
 * A legitimate 20,000-row sheet of units or people unpacks to about 10 MB of XML; exceljs holds
 * the whole sheet in memory, so anything much larger is refused before it is parsed.
 */
export const MAX_UNCOMPRESSED_BYTES = 25 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000;

/**
 * Builds a workbook: bold, frozen header row and sized columns on every sheet. Written with
 * exceljs's streaming writer, each row committed as it is added: the in-memory workbook model
 * costs about 12 KB per row (3 GB for a country's 266,000 figures), the stream only the output.
 */
export async function buildXlsx(sheets: SheetModel[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'thidua';
  for (const sheet of sheets) {
    const preamble = sheet.preamble ?? [];
    const ws = workbook.addWorksheet(safeSheetName(sheet.name), { views: [{ state: 'frozen', ySplit: preamble.length + 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({ width: c.width ?? fitWidth(c.header, sheet.rows, i) }));
    for (const [i, line] of preamble.entries()) {
      const added = ws.addRow([escapeFormula(line)]);
      if (i === 0) added.font = { bold: true, size: 13 };
      added.commit();
    }
    const header = ws.addRow(sheet.columns.map((c) => escapeFormula(c.header)));
    header.font = { bold: true };
    header.commit();
    const formats = sheet.columns.flatMap((c, i) => (c.numFmt ? [[i + 1, c.numFmt] as const] : []));
    for (const [index, row] of sheet.rows.entries()) {
      const added = ws.addRow(row.map((v) => (typeof v === 'string' ? escapeFormula(v) : (v ?? null))));
      for (const [col, numFmt] of formats) added.getCell(col).numFmt = numFmt;
      const indent = sheet.indents?.[index] ?? 0;
      if (indent > 0) added.getCell(1).alignment = { indent };
      added.commit();
    }
    ws.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** Reads the first worksheet into trimmed NFC text, refusing what is not a (sane) XLSX file. */
export async function readXlsx(bytes: Buffer, limits: ReadLimits = {}): Promise<Table> {
  const maxRows = limits.maxRows ?? MAX_TABLE_ROWS;
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnreadableFileError('Tệp Excel 97–2003 (.xls) không được hỗ trợ: hãy mở bằng Excel và lưu lại dạng .xlsx');
  }
  inspectZip(bytes, {
    maxUncompressedBytes: limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES,
    maxEntries: MAX_ZIP_ENTRIES,
    messages: {
      notThisKind: 'Tệp không phải định dạng Excel .xlsx',
      tooManyParts: 'Tệp Excel có quá nhiều thành phần',
      tooBig: (mb) => `Tệp Excel khi giải nén vượt quá ${mb} MB: hãy chia nhỏ tệp`,
    },
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('Không đọc được tệp Excel: tệp hỏng hoặc không phải định dạng .xlsx');
  }
  const ws = workbook.worksheets[0];
  if (!ws) throw new UnreadableFileError('Tệp Excel không có trang tính nào');

  const table: Table = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) {
      throw new UnreadableFileError(
        `Trang tính có dữ liệu ở dòng ${rowNumber}, vượt giới hạn ${(maxRows - 1).toLocaleString('vi-VN')} dòng dữ liệu dưới dòng tiêu đề: hãy chia nhỏ tệp`,
      );
    }
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range keeps its value in the top-left cell; the others only echo it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const text = cleanCell(cellText(cell.value));
      if (text === '') return;
      if (col > MAX_TABLE_COLUMNS) {
        throw new UnreadableFileError(`Dòng ${rowNumber} có dữ liệu ở cột thứ ${col}, vượt giới hạn ${MAX_TABLE_COLUMNS} cột`);
      }
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = text;
    });
    while (table.length < rowNumber - 1) table.push([]);
    table[rowNumber - 1] = trimRow(cells);
  });
  return trimTable(table);
}

/** Any cell value as the text a user sees (formula → its cached result, date → dd/mm/yyyy). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  // Formulas read back as their cached result; a file saved without results gives empty text.
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

// Excel shows 15 significant digits; 0.1 + 0.2 must read as 0.3, not 0.30000000000000004.
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

// exceljs gives dates as UTC instants of the serial day, whatever the server's time zone.
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const hasTime = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds();
  return hasTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

function fitWidth(header: string, rows: CellInput[][], index: number): number {
  let longest = header.length;
  for (const row of rows.slice(0, 1000)) longest = Math.max(longest, String(row[index] ?? '').length);
  return Math.min(60, Math.max(10, longest + 2));
}

function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}
