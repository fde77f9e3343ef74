import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../contract/documents.js';
import type { Indicator } from '../../../contract/reporting.js';
import { parseNumberVi, parseRight, toFormValues, toUpdateBody } from './template-form.js';

function indicator(id: string, code: string, position: number): Indicator {
  return {
    id,
    movementId: 'm1',
    code,
    name: code,
    unitOfMeasure: '',
    valueType: 'number',
    direction: 'up',
    rule: 'sum',
    denominatorIndicatorId: null,
    baseline: null,
    targets: [],
    required: false,
    position,
    note: null,
    version: 1,
  };
}

const assignment: Assignment = {
  id: 'a1',
  documentId: 'd1',
  documentNumber: '12/KH-UBND',
  documentSubject: null,
  title: 'Báo cáo kết quả',
  dueOn: '2025-11-05',
  lockOn: null,
  units: [],
  movementId: 'm1',
  movementName: 'Phong trào',
  period: '2025',
  template: {
    indicatorIds: ['i2', 'i1'],
    sections: [{ key: 'ket_qua', title: 'Kết quả', required: true }],
    attachmentsRequired: false,
    exemplaryList: true,
    rules: [{ code: 'R1', left: 'HO_NGHEO', op: 'lte', right: 1000.5, severity: 'warning', message: null }],
  },
  remindDaysBefore: 3,
  canManage: true,
  canTrack: true,
  version: 7,
  createdAt: '2025-01-01T00:00:00Z',
};

describe('parseNumberVi', () => {
  it('reads dots every three digits as grouping and a comma as the decimal mark', () => {
    expect(parseNumberVi('1.234,5')).toBe(1234.5);
    expect(parseNumberVi('1.000')).toBe(1000);
    expect(parseNumberVi('0,5')).toBe(0.5);
  });
  it('takes a lone dot that is not grouping as the decimal mark', () => {
    expect(parseNumberVi('0.5')).toBe(0.5);
    expect(parseNumberVi('-12.75')).toBe(-12.75);
  });
  it('refuses what is not a number', () => {
    expect(parseNumberVi('')).toBeNull();
    expect(parseNumberVi('abc')).toBeNull();
    expect(parseNumberVi('1,2,3')).toBeNull();
  });
});

describe('parseRight', () => {
  const codes = new Set(['HO_NGHEO', 'TONG_HO']);
  it('prefers a known indicator code, whatever its case', () => {
    expect(parseRight(' tong_ho ', codes)).toBe('TONG_HO');
  });
  it('falls back to a number, and to null for an unknown word', () => {
    expect(parseRight('80', codes)).toBe(80);
    expect(parseRight('KHAC', codes)).toBeNull();
  });
});

describe('template form', () => {
  it('round-trips an assignment, writing numbers the Vietnamese way in the form', () => {
    const values = toFormValues(assignment);
    expect(values.rules[0]!.right).toBe('1.000,5');
    const body = toUpdateBody(values, [indicator('i1', 'HO_NGHEO', 0), indicator('i2', 'TONG_HO', 1)], assignment.version);
    expect(body.template.rules[0]!.right).toBe(1000.5);
    expect(body.version).toBe(7);
    expect(body.dueOn).toBe('2025-11-05');
    expect(body.lockOn).toBeNull();
  });

  it("keeps the movement's indicator order and drops ticks of indicators not in the movement", () => {
    const values = { ...toFormValues(assignment), indicatorIds: ['i3', 'i2', 'gone', 'i1'] };
    const body = toUpdateBody(values, [indicator('i3', 'C', 2), indicator('i1', 'A', 0), indicator('i2', 'B', 1)], 1);
    // The order of the indicators passed in (the movement's, already sorted by the caller) wins.
    expect(body.template.indicatorIds).toEqual(['i3', 'i1', 'i2']);
  });

  it('sends empty texts as null and trims what was typed', () => {
    const values = {
      ...toFormValues(assignment),
      title: '  Báo cáo  ',
      period: ' 2025-6T ',
      lockOn: dayjs('2025-11-10'),
      rules: [{ code: ' R2 ', left: 'HO_NGHEO', op: 'gt' as const, right: 'tong_ho', severity: 'error' as const, message: '  ' }],
    };
    const body = toUpdateBody(values, [indicator('i1', 'HO_NGHEO', 0), indicator('i2', 'TONG_HO', 1)], 1);
    expect(body.title).toBe('Báo cáo');
    expect(body.period).toBe('2025-6T');
    expect(body.lockOn).toBe('2025-11-10');
    expect(body.template.rules).toEqual([{ code: 'R2', left: 'HO_NGHEO', op: 'gt', right: 'TONG_HO', severity: 'error', message: null }]);
  });
});
