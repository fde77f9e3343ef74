import { describe, expect, it } from 'vitest';
import { ThresholdSchema, type Threshold } from '../../../contract/councils.js';
import { formatMessage, vi, type MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/useT.js';
import { attendanceSummary, defaultThresholdRow, isDefaultThreshold, percentText, sortMembers, thresholdOverrides, thresholdText } from './council-format.js';

const t: Translate = (key: MessageKey, vars) => formatMessage(vi[key], vars);

describe('thresholdText', () => {
  it('reads the rule the way the minutes write it', () => {
    expect(thresholdText(t, 90, 'total')).toBe('≥ 90% tổng số thành viên');
    expect(thresholdText(t, 70, 'present')).toBe('≥ 70% số thành viên có mặt');
  });
});

describe('percentText', () => {
  it('writes one decimal at most with a decimal comma', () => {
    expect(percentText(93.3)).toBe('93,3%');
    expect(percentText(90)).toBe('90%');
    expect(percentText(66.67)).toBe('66,7%');
  });
});

describe('attendanceSummary', () => {
  it('needs ⌈2/3⌉ of the members by default: 10 of 15, so 9 present is one short', () => {
    expect(attendanceSummary(10, 15, 2, 3)).toEqual({ present: 10, total: 15, required: 10, met: true });
    expect(attendanceSummary(9, 15, 2, 3)).toEqual({ present: 9, total: 15, required: 10, met: false });
  });

  it('rounds the quorum up and follows a council’s own ratio', () => {
    expect(attendanceSummary(7, 10, 2, 3)).toMatchObject({ required: 7, met: true });
    expect(attendanceSummary(5, 10, 1, 2)).toMatchObject({ required: 5, met: true });
    expect(attendanceSummary(7, 10, 3, 4)).toMatchObject({ required: 8, met: false });
  });

  it('never opens a council without members', () => {
    expect(attendanceSummary(0, 0, 2, 3)).toMatchObject({ required: 0, met: false });
  });
});

describe('thresholds', () => {
  const defaults: Threshold[] = (['CSTD_TINH', 'GIAY_KHEN', 'LDTT'] as const).map(defaultThresholdRow);

  it('has the defaults of domain.md §1.6: CSTĐ tỉnh by secret ballot at 90 % of all members, others open at 70 %', () => {
    expect(defaults[0]).toEqual({ awardCode: 'CSTD_TINH', percent: 90, denominator: 'total', ballot: 'secret' });
    expect(defaults[1]).toEqual({ awardCode: 'GIAY_KHEN', percent: 70, denominator: 'total', ballot: 'open' });
    defaults.forEach((d) => expect(ThresholdSchema.parse(d)).toEqual(d));
  });

  it('sends only the rows a council changed, so the others keep following the defaults', () => {
    expect(thresholdOverrides(defaults)).toEqual([]);
    const changed = defaults.map((d) => (d.awardCode === 'GIAY_KHEN' ? { ...d, denominator: 'present' as const } : d));
    expect(thresholdOverrides(changed)).toEqual([{ awardCode: 'GIAY_KHEN', percent: 70, denominator: 'present', ballot: 'open' }]);
    expect(isDefaultThreshold(changed[1]!)).toBe(false);
    expect(isDefaultThreshold(changed[0]!)).toBe(true);
    expect(thresholdOverrides([{ ...defaults[0]!, percent: 89 }])).toHaveLength(1);
    expect(thresholdOverrides([{ ...defaults[2]!, ballot: 'secret' }])).toHaveLength(1);
  });
});

describe('sortMembers', () => {
  it('lists the chair first and the secretary last, then by Vietnamese name order', () => {
    const members = [
      { role: 'secretary' as const, fullName: 'Lê Thị Hoa' },
      { role: 'member' as const, fullName: 'Đỗ Văn Nam' },
      { role: 'member' as const, fullName: 'Dương Minh Tâm' },
      { role: 'chair' as const, fullName: 'Trần Văn Bình' },
      { role: 'standing_vice_chair' as const, fullName: 'Phạm Thu' },
      { role: 'vice_chair' as const, fullName: 'Ngô An' },
    ];
    expect(sortMembers(members).map((m) => m.fullName)).toEqual(['Trần Văn Bình', 'Phạm Thu', 'Ngô An', 'Dương Minh Tâm', 'Đỗ Văn Nam', 'Lê Thị Hoa']);
  });
});
