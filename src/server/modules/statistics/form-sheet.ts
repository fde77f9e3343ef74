/**
 * One statistical form (biểu) of Circular 02/2023/TT-BNV as a spreadsheet model: the form's
 * heading lines, a header row, the row of column codes (A, B, C, 1, 2…), numbered lines with
 * counts, and the notes saying how each figure was derived. Pure: items in, sheet out.
 */
import type { CellInput } from '../../render/cells.js';
import type { SheetModel } from '../../render/xlsx.js';

/** A line of the form: a heading (no `match`), a counted line, or one thidua does not record (blank cells). */
export interface FormLine<T> {
  label: string;
  /** Mã số of the line. */
  code?: string;
  /** Đơn vị tính of the line (forms 0602, 0603 have that column). */
  unit?: string;
  match?: ((item: T) => boolean) | 'untracked';
}

export interface FormColumn<T> {
  header: string;
  /** Shown on the row above the column codes, e.g. the kind of award of a pair of columns. */
  group?: string;
  match: (item: T) => boolean;
}

export interface FormSpec<T> {
  /** "0601" … "0605". */
  number: string;
  title: string;
  unitOfMeasure: string | null;
  /** Whether the form has the "Đơn vị tính" column C. */
  unitColumn: boolean;
  /** How column 1 relates to the others, e.g. "1=(2+3+4)"; "1" when the columns overlap. */
  totalCode: string;
  columns: FormColumn<T>[];
  lines: FormLine<T>[];
  notes: string[];
}

export interface FormHeading {
  reportingUnit: string;
  receivingUnit: string;
  year: number;
}

export const CIRCULAR = 'Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ';

/** The worksheet of one form, every figure counted from `items`. */
export function formSheet<T>(spec: FormSpec<T>, items: readonly T[], heading: FormHeading): SheetModel {
  const lead = spec.unitColumn ? 3 : 2;
  const preamble = [
    spec.title,
    `Năm ${heading.year}`,
    `Biểu số: ${spec.number}.N/BNV-TĐKT — ban hành theo ${CIRCULAR}`,
    'Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo',
    `Đơn vị báo cáo: ${heading.reportingUnit}`,
    `Đơn vị nhận báo cáo: ${heading.receivingUnit}`,
    ...(spec.unitOfMeasure ? [`Đơn vị tính: ${spec.unitOfMeasure}`] : []),
  ];
  const columns = [
    { header: 'Chỉ tiêu', width: 55 },
    { header: 'Mã số', width: 8 },
    ...(spec.unitColumn ? [{ header: 'Đơn vị tính', width: 12 }] : []),
    { header: 'Tổng số', width: 10 },
    ...spec.columns.map((c) => ({ header: c.header, width: 16 })),
  ];
  const rows: CellInput[][] = [];
  if (spec.columns.some((c) => c.group)) rows.push([...Array<CellInput>(lead + 1).fill(null), ...spec.columns.map((c) => c.group ?? null)]);
  rows.push(['A', 'B', ...(spec.unitColumn ? ['C'] : []), spec.totalCode, ...spec.columns.map((_, i) => String(i + 2))]);
  for (const line of spec.lines) {
    const head: CellInput[] = [line.label, line.code ?? null, ...(spec.unitColumn ? [line.unit ?? null] : [])];
    const match = line.match;
    if (match === undefined || match === 'untracked') {
      rows.push([...head, ...Array<CellInput>(spec.columns.length + 1).fill(null)]);
      continue;
    }
    const inLine = items.filter(match);
    rows.push([...head, inLine.length, ...spec.columns.map((c) => inLine.filter(c.match).length)]);
  }
  rows.push([]);
  rows.push(['Ghi chú (cách thidua tính số liệu):']);
  for (const note of spec.notes) rows.push([`– ${note}`]);
  return { name: `Biểu ${spec.number}.N`, preamble, columns, rows };
}
