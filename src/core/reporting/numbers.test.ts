import { describe, expect, it } from 'vitest';
import { cleanFloat, formatNumberVi, roundTo } from './numbers.js';

describe('cleanFloat', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [1.1 + 2.2, 3.3],
    [0.7 + 0.1, 0.8],
    [100 - 99.9, 0.1],
    [123456789.1 + 0.2, 123456789.3],
    [-0.1 - 0.2, -0.3],
    [1 / 3, 0.3333333333],
    [1e-12, 0],
    [-1e-12, 0],
    [42, 42],
    [Number.MAX_VALUE, Number.MAX_VALUE],
  ])('%d → %d', (input, expected) => {
    expect(cleanFloat(input)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(cleanFloat(-1e-13), 0)).toBe(true);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });

  it('leaves non-finite numbers for the caller to reject', () => {
    expect(cleanFloat(Number.NaN)).toBeNaN();
    expect(cleanFloat(Infinity)).toBe(Infinity);
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [1.0049, 2, 1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [0.12345, 4, 0.1235],
    [0.83333333, 4, 0.8333],
    [1e21, 2, 1e21],
    [1.5e-7, 7, 2e-7],
    [1e-7, 2, 0],
    [123.456, 0, 123],
    [Number.MAX_VALUE, 4, Number.MAX_VALUE],
    [-1e300, 2, -1e300],
  ])('roundTo(%d, %d) = %d', (n, digits, expected) => {
    expect(roundTo(n, digits)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('formatNumberVi', () => {
  it.each([
    [0, undefined, '0'],
    [2.5, undefined, '2,5'],
    [1234, undefined, '1.234'],
    [1234.5, undefined, '1.234,5'],
    [1234567.891, undefined, '1.234.567,89'],
    [999, undefined, '999'],
    [-1234.5, undefined, '-1.234,5'],
    [80, undefined, '80'],
    [0.1 + 0.2, undefined, '0,3'],
    [1.005, 2, '1,01'],
    [2.345, 1, '2,3'],
    [2.35, 1, '2,4'],
    [2.999, 2, '3'],
    [1 / 3, 4, '0,3333'],
    [1234.5, 0, '1.235'],
    [-0.001, 2, '0'],
    [1e21, 2, '1.000.000.000.000.000.000.000'],
    [0.0000001, 10, '0,0000001'],
  ])('formatNumberVi(%d, %s) = %s', (n, digits, expected) => {
    expect(formatNumberVi(n, digits)).toBe(expected);
  });

  it('prints nothing for a value that is not a number', () => {
    expect(formatNumberVi(Number.NaN)).toBe('');
    expect(formatNumberVi(-Infinity)).toBe('');
  });

  it('clamps a nonsensical digit count instead of throwing', () => {
    expect(formatNumberVi(1.25, -3)).toBe('1');
    expect(formatNumberVi(1.25, 99)).toBe('1,25');
  });
});
