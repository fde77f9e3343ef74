/** The CSV adapter. Pure: rows → bytes (RFC 4180, UTF-8 with BOM) and bytes → rows. */
import { CsvError, parse } from 'csv-parse/sync';
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

// Excel decodes a CSV as the Windows code page unless it starts with a BOM; with it, Vietnamese shows right.
const BOM = '\uFEFF';

/** Writes a header and rows as CSV: comma-separated, CRLF lines, UTF-8 with BOM, formulas escaped. */
export function buildCsv(header: string[], rows: CellInput[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvField(value: CellInput): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : escapeFormula(value);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads CSV as Excel and LibreOffice write it: `,` or `;` (or tab) separated, detected from the
 * header line; UTF-8 with or without BOM, UTF-16 ("Unicode Text"), or the Vietnamese Windows
 * code page 1258 that Excel's plain "CSV" uses on a Vietnamese Windows.
 */
export function readCsv(bytes: Buffer, limits: { maxRows?: number } = {}): Table {
  const maxRows = limits.maxRows ?? MAX_TABLE_ROWS;
  const text = decode(bytes);
  if (text.trim() === '') throw new UnreadableFileError('Tệp trống');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      // Empty lines stay as records so row numbers match what a spreadsheet shows.
      skip_empty_lines: false,
      to: maxRows + 1,
    }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new UnreadableFileError(`Tệp CSV sai định dạng${line ? ` ở dòng ${line}` : ''}: dấu ngoặc kép chưa đóng hoặc đặt sai chỗ`);
    }
    throw err;
  }
  if (records.length > maxRows) {
    throw new UnreadableFileError(
      `Tệp có quá ${(maxRows - 1).toLocaleString('vi-VN')} dòng dữ liệu dưới dòng tiêu đề: hãy chia nhỏ tệp`,
    );
  }
  return trimTable(
    records.map((record, i) => {
      const row = trimRow(record.map(cleanCell));
      if (row.length > MAX_TABLE_COLUMNS) {
        throw new UnreadableFileError(`Dòng ${i + 1} có quá ${MAX_TABLE_COLUMNS} cột`);
      }
      return row;
    }),
  );
}

function decode(bytes: Buffer): string {
  if (bytes.length === 0) throw new UnreadableFileError('Tệp trống');
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    throw new UnreadableFileError('Đây là tệp Excel (.xlsx), không phải CSV: hãy chọn định dạng xlsx');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFileError('Tệp không phải tệp văn bản CSV');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: Excel's plain "CSV" on a Vietnamese Windows. Its tone marks are combining
    // characters, which cleanCell's NFC normalisation composes.
    return new TextDecoder('windows-1258').decode(body);
  }
}

/**
 * The separator used most often outside quotes over the first lines (a title line above the
 * header often has none); `,` when there is none.
 */
export function detectDelimiter(text: string, lines = 10): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++seen >= lines) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}
