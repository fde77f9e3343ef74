/**
 * The roll-up and the raw figures as spreadsheet models (pure: data → sheets; the XLSX adapter
 * turns them into bytes). Numbers stay numbers so the organiser can sum and chart them in Excel.
 */
import type { BoardRow, BoardStatus, Indicator, Rollup, RollupCell } from '../../../contract/reporting.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import type { CellInput } from '../../render/cells.js';
import type { SheetModel } from '../../render/xlsx.js';
import type { GroupDetail } from './rollup.service.js';

export const STATUS_LABELS: Record<BoardStatus, string> = {
  not_started: 'Chưa báo cáo',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

const RATIO_FORMAT = '0.0%';

/** "Số liệu tính đến 15/11/2024 09:30", or that nothing counts yet. */
export function dataAsOfLine(dataAsOf: string | null): string {
  return dataAsOf ? `Số liệu tính đến ${formatDateTimeVi(dataAsOf)}` : 'Chưa có báo cáo nào được tính vào số liệu';
}

/** Sheet 1: the tree, indented by depth; then one sheet per Cụm/Khối (its total, then each member). */
export function rollupSheets(title: string, rollup: Rollup, groups: GroupDetail[]): SheetModel[] {
  const columns = [
    { header: 'Đơn vị', width: 45 },
    ...rollup.indicators.flatMap((i) => [
      { header: i.unitOfMeasure ? `${i.name} (${i.unitOfMeasure})` : i.name, width: 18 },
      { header: 'Mục tiêu', width: 14 },
      { header: '% hoàn thành', width: 13, numFmt: RATIO_FORMAT },
    ]),
  ];
  const scope = `Theo địa giới hành chính ngày ${formatDateVi(rollup.asOf)}; ${rollup.includeSubmitted ? 'gồm cả báo cáo đã gửi chưa tiếp nhận' : 'chỉ tính báo cáo đã tiếp nhận'}`;
  const asOfLine = dataAsOfLine(rollup.dataAsOf);
  const preamble = [`BẢNG TỔNG HỢP SỐ LIỆU: ${title}`, asOfLine, scope, ...rollup.notes.map((n) => `Ghi chú: ${n}`)];
  const names = new SheetNames();
  const main: SheetModel = {
    name: names.take('Tổng hợp'),
    preamble,
    columns,
    rows: rollup.rows.map((r) => [r.unitName, ...cellColumns(r.cells)]),
    indents: rollup.rows.map((r) => r.depth),
  };
  const perGroup = groups.map(
    (g): SheetModel => ({
      name: names.take(g.groupName),
      preamble: [`${g.groupName}: ${title}`, asOfLine],
      columns,
      rows: [[`Toàn ${g.groupName}`, ...cellColumns(g.cells)], ...g.members.map((m) => [m.unitName, ...cellColumns(m.cells)])],
      indents: [0, ...g.members.map(() => 1)],
    }),
  );
  return [main, ...perGroup];
}

function cellColumns(cells: RollupCell[]): CellInput[] {
  return cells.flatMap((c) => [c.value, c.targetLabel, c.ratio]);
}

export interface ValuesSheetInput {
  indicators: Indicator[];
  units: { id: string; code: string; name: string }[];
  rows: Map<string, BoardRow>;
  /** Per unit: when its report was last sent, and its figures by indicator. */
  reports: Map<string, { submittedAt: string | null; values: Map<string, { num: number | null; text: string | null }> }>;
}

/** One row per unit and indicator, with the report's status and timing: the raw data behind the roll-up. */
export function valuesSheet(input: ValuesSheetInput): SheetModel {
  const rows: CellInput[][] = [];
  for (const unit of input.units) {
    const row = input.rows.get(unit.id);
    const report = input.reports.get(unit.id);
    const sentAt = report?.submittedAt ? formatDateTimeVi(report.submittedAt) : null;
    for (const indicator of input.indicators) {
      const v = report?.values.get(indicator.id);
      rows.push([
        unit.code,
        unit.name,
        STATUS_LABELS[row?.status ?? 'not_started'],
        indicator.code,
        indicator.name,
        indicator.unitOfMeasure,
        v ? valueCell(indicator, v) : null,
        sentAt,
        row?.daysLate ?? null,
      ]);
    }
  }
  return {
    name: 'Số liệu các đơn vị',
    columns: [
      { header: 'Mã đơn vị' },
      { header: 'Tên đơn vị', width: 40 },
      { header: 'Trạng thái' },
      { header: 'Mã chỉ tiêu' },
      { header: 'Tên chỉ tiêu', width: 50 },
      { header: 'Đơn vị tính' },
      { header: 'Giá trị' },
      { header: 'Gửi lúc', width: 18 },
      { header: 'Số ngày trễ' },
    ],
    rows,
  };
}

function valueCell(indicator: Indicator, v: { num: number | null; text: string | null }): CellInput {
  if (indicator.valueType === 'text') return v.text;
  if (v.num === null) return null;
  if (indicator.valueType === 'boolean') return v.num ? 'Có' : 'Không';
  return v.num;
}

/** Excel refuses two sheets of the same name (case-insensitive), and names over 31 characters. */
class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base = wanted.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Trang';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}
