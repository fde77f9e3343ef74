import { describe, expect, it } from 'vitest';
import type { Indicator, Rollup } from '../../../contract/reporting.js';
import { dataAsOfLine, rollupSheets } from './rollup-xlsx.js';

const indicator = { id: 'i1', code: 'HO', name: 'Tổng số hộ', unitOfMeasure: 'hộ' } as Indicator;
const rollup: Rollup = {
  assignmentId: 'a',
  asOf: '2025-08-01',
  includeSubmitted: false,
  dataAsOf: null,
  generatedAt: '2025-08-01T00:00:00.000Z',
  indicators: [indicator],
  rows: [],
    path: [],
  groups: [],
  notes: ['Số liệu của Xã Mường Báng (đã sáp nhập từ 01/07/2025) được tính vào Xã Tủa Chùa'],
};
const group = (groupName: string) => ({ groupId: groupName, groupName, cells: [], members: [] });

describe('rollupSheets', () => {
  it('names each group’s sheet uniquely within Excel’s 31 characters, without forbidden characters', () => {
    const long = 'Cụm thi đua số 1 – Thị trấn và các xã vùng thấp';
    const sheets = rollupSheets('Báo cáo', rollup, [group(long), group(`${long} (mở rộng)`), group('Khối: các sở/ngành'), group('tổng hợp')]);
    expect(sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cụm thi đua số 1 – Thị trấn và', 'Cụm thi đua số 1 – Thị trấn (2)', 'Khối  các sở ngành', 'tổng hợp (2)']);
    expect(sheets.every((s) => s.name.length <= 31)).toBe(true);
  });

  it('says when nothing counts yet, and carries the merger notes above the table', () => {
    const [main] = rollupSheets('Báo cáo', rollup, []);
    expect(main!.preamble).toEqual([
      'BẢNG TỔNG HỢP SỐ LIỆU: Báo cáo',
      'Chưa có báo cáo nào được tính vào số liệu',
      'Theo địa giới hành chính ngày 01/08/2025; chỉ tính báo cáo đã tiếp nhận',
      'Ghi chú: Số liệu của Xã Mường Báng (đã sáp nhập từ 01/07/2025) được tính vào Xã Tủa Chùa',
    ]);
    expect(main!.columns.map((c) => c.header)).toEqual(['Đơn vị', 'Tổng số hộ (hộ)', 'Mục tiêu', '% hoàn thành']);
    expect(dataAsOfLine('2024-11-14T17:05:00Z')).toBe('Số liệu tính đến 15/11/2024 00:05');
  });
});
