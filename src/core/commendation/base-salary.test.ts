import { describe, expect, it } from 'vitest';
import { awardCash, baseSalaryOn } from './base-salary.js';

describe('base salary in force on a date', () => {
  it.each([
    ['2024-07-01', 2_340_000],
    ['2024-06-30', 1_800_000],
    ['2023-07-01', 1_800_000],
    ['2023-06-30', 1_490_000],
    ['2026-11-26', 2_340_000],
  ])('%s → %i đ', (date, amount) => {
    expect(baseSalaryOn(date)?.amount).toBe(amount);
  });

  it('has none before the oldest period on record', () => {
    expect(baseSalaryOn('2010-01-01')).toBeNull();
  });
});

describe('award cash = multiple × base salary, rounded up to 10,000 đ', () => {
  it.each([
    [0.3, 2_340_000, 710_000], // 702,000 → 710,000
    [1.0, 2_340_000, 2_340_000],
    [1.5, 2_340_000, 3_510_000],
    [0.8, 2_340_000, 1_880_000], // 1,872,000
    [4.5, 2_340_000, 10_530_000],
    [0.3, 1_800_000, 540_000],
    [3.5, 1_490_000, 5_220_000], // 5,215,000
  ])('%f × %i = %i', (multiple, base, cash) => {
    expect(awardCash(multiple, base)).toBe(cash);
  });
});
