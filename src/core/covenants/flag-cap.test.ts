import { describe, expect, it } from 'vitest';
import { checkFlagSelection, governmentFlagCap } from './flag-cap.js';

describe('governmentFlagCap: at most 20 % of the cluster/block leaders, rounded down (CV 5007/BNV-TĐKT)', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [69, 13],
    [100, 20],
  ])('%i leaders allow %i flags', (leaders, cap) => {
    expect(governmentFlagCap(leaders)).toBe(cap);
  });

  it.each([-1, 2.5, Number.NaN, Infinity])('refuses a leader count of %s', (n) => {
    expect(() => governmentFlagCap(n)).toThrow(RangeError);
  });
});

describe('checkFlagSelection', () => {
  it('accepts exactly the cap', () => {
    expect(checkFlagSelection(69, 13)).toBeNull();
    expect(checkFlagSelection(69, 0)).toBeNull();
  });

  it('refuses one over the cap, explaining the rule', () => {
    expect(checkFlagSelection(69, 14)).toBe('Chỉ được đề nghị tối đa 13 Cờ thi đua của Chính phủ (20 % của 69 đơn vị dẫn đầu cụm, khối, làm tròn xuống)');
  });

  it('says no flag at all may be proposed when the cap is 0', () => {
    expect(checkFlagSelection(4, 1)).toBe('Không được đề nghị Cờ thi đua của Chính phủ: 20 % của 4 đơn vị dẫn đầu cụm, khối, làm tròn xuống, chưa đủ 1 cờ');
  });

  it('refuses a negative or fractional selection', () => {
    expect(() => checkFlagSelection(69, -1)).toThrow(RangeError);
    expect(() => checkFlagSelection(69, 1.5)).toThrow(RangeError);
  });
});
