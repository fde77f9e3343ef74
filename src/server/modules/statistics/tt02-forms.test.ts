import { describe, expect, it } from 'vitest';
import { formSheet, type FormSpec } from './form-sheet.js';
import { durationClass } from './tt02-forms.js';

describe('durationClass: thời hạn thi đua of biểu 0601.N', () => {
  it.each([
    ['2024-05-01', '2024-08-31', 'under_1'],
    ['2024-01-01', '2024-12-29', 'under_1'], // 364 days
    ['2024-01-01', '2024-12-30', 'one'], // 365 days: a year give or take the leap day
    ['2023-01-01', '2023-12-31', 'one'],
    ['2024-01-01', '2024-12-31', 'one'],
    ['2024-01-01', '2025-01-01', '1_to_3'],
    ['2022-01-01', '2024-12-31', '3_to_5'],
    ['2021-03-26', '2025-12-31', '3_to_5'],
    ['2020-01-01', '2024-12-31', 'over_5'],
  ] as const)('%s → %s is %s', (startsOn, endsOn, expected) => {
    expect(durationClass({ startsOn, endsOn })).toBe(expected);
  });

  it('an open-ended (yearly) movement counts as one year', () => {
    expect(durationClass({ startsOn: '2010-01-01', endsOn: null })).toBe('one');
  });
});

describe('formSheet', () => {
  const spec: FormSpec<number> = {
    number: '0699',
    title: 'BIỂU THỬ',
    unitOfMeasure: 'Cái',
    unitColumn: true,
    totalCode: '1=(2+3)',
    columns: [
      { group: 'Chia ra', header: 'Chẵn', match: (n) => n % 2 === 0 },
      { group: 'Chia ra', header: 'Lẻ', match: (n) => n % 2 === 1 },
    ],
    lines: [
      { label: 'Tổng số', code: '01', match: () => true },
      { label: '1. Theo độ lớn' },
      { label: '– Lớn hơn 2', code: '02', unit: 'Cái', match: (n) => n > 2 },
      { label: '– Chưa theo dõi', code: '03', match: 'untracked' },
    ],
    notes: ['Đếm thử.'],
  };
  const sheet = formSheet(spec, [1, 2, 3, 4], { reportingUnit: 'Xã A', receivingUnit: 'Huyện B', year: 2024 });

  it('heads the sheet with the title, year, form number and both units', () => {
    expect(sheet.name).toBe('Biểu 0699.N');
    expect(sheet.preamble).toEqual([
      'BIỂU THỬ',
      'Năm 2024',
      'Biểu số: 0699.N/BNV-TĐKT — ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ',
      'Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo',
      'Đơn vị báo cáo: Xã A',
      'Đơn vị nhận báo cáo: Huyện B',
      'Đơn vị tính: Cái',
    ]);
    expect(sheet.columns.map((c) => c.header)).toEqual(['Chỉ tiêu', 'Mã số', 'Đơn vị tính', 'Tổng số', 'Chẵn', 'Lẻ']);
  });

  it('counts each line per column, leaves headings and untracked lines blank, and ends with the notes', () => {
    expect(sheet.rows.slice(0, 6)).toEqual([
      [null, null, null, null, 'Chia ra', 'Chia ra'],
      ['A', 'B', 'C', '1=(2+3)', '2', '3'],
      ['Tổng số', '01', null, 4, 2, 2],
      ['1. Theo độ lớn', null, null, null, null, null],
      ['– Lớn hơn 2', '02', 'Cái', 2, 1, 1],
      ['– Chưa theo dõi', '03', null, null, null, null],
    ]);
    expect(sheet.rows.at(-1)).toEqual(['– Đếm thử.']);
  });
});
