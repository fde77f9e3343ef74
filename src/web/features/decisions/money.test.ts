import { describe, expect, it } from 'vitest';
import { awardCash, baseSalaryOn } from '../../../core/commendation/base-salary.js';
import { formatMoney, formatMultiple, groupThousands, parseAmount } from './money.js';

describe('formatMoney', () => {
  it('writes a Giấy khen (0,3 × 2.340.000, rounded up to ten thousand) as 710.000 đ', () => {
    const amount = awardCash(0.3, baseSalaryOn('2025-01-15')!.amount);
    expect(amount).toBe(710_000);
    expect(formatMoney(amount)).toBe('710.000 đ');
  });

  it('groups thousands with dots, keeps no decimals, and leaves a missing amount blank', () => {
    expect(formatMoney(12_345_678)).toBe('12.345.678 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(-1_500_000)).toBe('-1.500.000 đ');
    expect(formatMoney(999.6)).toBe('1.000 đ');
    expect(formatMoney(null)).toBe('');
    expect(formatMoney(undefined)).toBe('');
    expect(formatMoney(Number.NaN)).toBe('');
  });
});

describe('formatMultiple', () => {
  it('writes the multiple with a decimal comma', () => {
    expect(formatMultiple(0.3)).toBe('0,3 ×');
    expect(formatMultiple(1.5)).toBe('1,5 ×');
    expect(formatMultiple(4)).toBe('4 ×');
    expect(formatMultiple(null)).toBe('');
  });
});

describe('amount input', () => {
  it('shows the digits grouped by dots and reads them back', () => {
    expect(groupThousands(1_500_000)).toBe('1.500.000');
    expect(groupThousands('710000')).toBe('710.000');
    expect(groupThousands('007')).toBe('7');
    expect(groupThousands('')).toBe('');
    expect(groupThousands(undefined)).toBe('');
    expect(parseAmount('1.500.000')).toBe(1_500_000);
    expect(parseAmount('2,340,000 đ')).toBe(2_340_000);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('đ')).toBeNull();
    expect(parseAmount(groupThousands(123_456_789))).toBe(123_456_789);
  });
});
