import { describe, expect, it } from 'vitest';
import { type NumbersOnlyRule, type RollupInput, type RollupRule, rollupNumbers, rollupValues } from './rollup.js';

let seq = 0;
function input(value: number | null, over: Partial<RollupInput> = {}): RollupInput {
  seq += 1;
  return { unitId: `u${String(seq).padStart(3, '0')}`, value, at: '2024-11-05T03:00:00Z', ...over };
}

describe('rollupValues', () => {
  const values = [input(10), input(null), input(30), input(20)];

  it.each<[RollupRule, number | null, number]>([
    ['sum', 60, 3],
    ['avg', 20, 3],
    ['min', 10, 3],
    ['max', 30, 3],
    ['none', null, 0],
  ])('%s skips nulls → %s from %i inputs', (rule, value, count) => {
    expect(rollupValues(rule, values)).toEqual({ value, count });
  });

  it.each<RollupRule>(['sum', 'avg', 'wavg', 'min', 'max', 'last', 'none'])('%s of nothing is null, not 0', (rule) => {
    expect(rollupValues(rule, [])).toEqual({ value: null, count: 0 });
    expect(rollupValues(rule, [input(null, { weight: 5 }), input(null)])).toEqual({ value: null, count: 0 });
  });

  it('keeps a real zero', () => {
    expect(rollupValues('sum', [input(0), input(null)])).toEqual({ value: 0, count: 1 });
    expect(rollupValues('min', [input(0), input(5)])).toEqual({ value: 0, count: 2 });
  });

  it('handles negative figures (a fall in revenue is a figure too)', () => {
    const xs = [input(-2.5), input(4), input(-1.5)];
    expect(rollupValues('sum', xs).value).toBe(0);
    expect(rollupValues('min', xs).value).toBe(-2.5);
    expect(rollupValues('max', xs).value).toBe(4);
  });

  describe('floating point', () => {
    it('sums 0.1 + 0.2 to 0.3 and ten 0.1s to 1', () => {
      expect(rollupValues('sum', [input(0.1), input(0.2)]).value).toBe(0.3);
      expect(rollupValues('sum', Array.from({ length: 10 }, () => input(0.1))).value).toBe(1);
      expect(String(rollupValues('avg', [input(0.1), input(0.2), input(0.3)]).value)).toBe('0.2');
    });

    it('does not drift over many inputs', () => {
      const many = Array.from({ length: 1000 }, () => input(33.3));
      expect(rollupValues('sum', many).value).toBe(33300);
      expect(rollupValues('avg', many).value).toBe(33.3);
    });

    it('rounds a repeating average to 10 decimals', () => {
      expect(rollupValues('avg', [input(1), input(1), input(2)]).value).toBe(1.3333333333);
    });

    it('keeps large sums exact', () => {
      expect(rollupValues('sum', [input(1_234_567_890.12), input(0.01)]).value).toBe(1_234_567_890.13);
    });
  });

  it('never answers NaN or Infinity', () => {
    const huge = [input(Number.MAX_VALUE), input(Number.MAX_VALUE)];
    expect(rollupValues('sum', huge)).toEqual({ value: null, count: 0 });
    // Non-finite inputs cannot come through the contract, but if they do they are skipped.
    expect(rollupValues('avg', [input(Number.NaN), input(Infinity), input(4)])).toEqual({ value: 4, count: 1 });
    expect(rollupValues('max', [input(Number.NaN)])).toEqual({ value: null, count: 0 });
  });

  describe('wavg', () => {
    it('weights each value by its weight ("% online" by dossiers received)', () => {
      const xs = [input(90, { weight: 1000 }), input(10, { weight: 10 }), input(50, { weight: 90 })];
      // (90·1000 + 10·10 + 50·90) / 1100 = 94600 / 1100
      expect(rollupValues('wavg', xs)).toEqual({ value: 86, count: 3 });
    });

    it('differs from the plain average', () => {
      const xs = [input(100, { weight: 1 }), input(0, { weight: 3 })];
      expect(rollupValues('wavg', xs).value).toBe(25);
      expect(rollupValues('avg', xs).value).toBe(50);
    });

    it.each([
      ['null weight', null],
      ['missing weight', undefined],
      ['zero weight', 0],
      ['negative weight', -5],
      ['NaN weight', Number.NaN],
    ])('leaves out an input with a %s', (_label, weight) => {
      const xs = [input(80, { weight: 100 }), input(0, { weight })];
      expect(rollupValues('wavg', xs)).toEqual({ value: 80, count: 1 });
    });

    it('is null when no weight is positive (nothing to divide by)', () => {
      expect(rollupValues('wavg', [input(80, { weight: 0 }), input(60, { weight: null })])).toEqual({ value: null, count: 0 });
    });

    it('leaves out a weight without a value', () => {
      expect(rollupValues('wavg', [input(null, { weight: 1000 }), input(40, { weight: 1 })])).toEqual({ value: 40, count: 1 });
    });

    it('cleans binary noise', () => {
      expect(rollupValues('wavg', [input(0.1, { weight: 1 }), input(0.2, { weight: 1 })]).value).toBe(0.15);
    });
  });

  describe('last', () => {
    it('takes the value reported latest, comparing instants not text', () => {
      const xs = [
        input(1, { unitId: 'a', at: '2024-11-05T17:00:00Z' }),
        input(2, { unitId: 'b', at: '2024-11-06T00:00:01+07:00' }), // 17:00:01Z, the latest
        input(3, { unitId: 'c', at: '2024-11-05T23:00:00+07:00' }),
      ];
      expect(rollupValues('last', xs)).toEqual({ value: 2, count: 3 });
    });

    it('breaks ties by unit id ascending, whatever the input order', () => {
      const at = '2024-11-05T10:00:00Z';
      const xs = [input(1, { unitId: 'u-b', at }), input(2, { unitId: 'u-a', at }), input(3, { unitId: 'u-c', at })];
      expect(rollupValues('last', xs).value).toBe(2);
      expect(rollupValues('last', [...xs].reverse()).value).toBe(2);
      // The same instant written differently is still a tie.
      const ys = [input(5, { unitId: 'z', at: '2024-11-05T17:00:00+07:00' }), input(6, { unitId: 'y', at: '2024-11-05T10:00:00Z' })];
      expect(rollupValues('last', ys).value).toBe(6);
    });

    it('is order-independent even for the same unit at the same instant', () => {
      const at = '2024-11-05T10:00:00Z';
      const xs = [input(4, { unitId: 'u', at }), input(7, { unitId: 'u', at })];
      expect(rollupValues('last', xs).value).toBe(7);
      expect(rollupValues('last', [...xs].reverse()).value).toBe(7);
    });

    it('ignores a later null: a blank is not a newer figure', () => {
      const xs = [input(4, { at: '2024-11-01T00:00:00Z' }), input(null, { at: '2024-12-01T00:00:00Z' })];
      expect(rollupValues('last', xs)).toEqual({ value: 4, count: 1 });
    });

    it('treats an unreadable instant as the oldest', () => {
      const xs = [input(4, { unitId: 'a', at: 'không rõ' }), input(9, { unitId: 'b', at: '2020-01-01T00:00:00Z' })];
      expect(rollupValues('last', xs).value).toBe(9);
      const unreadable = [input(1, { unitId: 'b', at: '?' }), input(2, { unitId: 'a', at: '' })];
      expect(rollupValues('last', unreadable).value).toBe(2);
      expect(rollupValues('last', [...unreadable].reverse()).value).toBe(2);
    });
  });

  it('copes with a whole country of inputs (no argument-spreading limits)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => input(i % 1000));
    expect(rollupValues('min', many)).toEqual({ value: 0, count: 200_000 });
    expect(rollupValues('max', many)).toEqual({ value: 999, count: 200_000 });
  });

  it('none ignores every input', () => {
    expect(rollupValues('none', [input(1), input(2)])).toEqual({ value: null, count: 0 });
  });
});

describe('rollupNumbers', () => {
  it.each<NumbersOnlyRule>(['sum', 'avg', 'min', 'max'])('gives what rollupValues gives for %s, figure for figure', (rule) => {
    // A fixed pseudo-random sequence: decimals, negatives, zeros, and what is not a figure.
    let state = 20241105;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const figures = Array.from({ length: Math.floor(next() * 40) }, () => {
        const r = next();
        if (r < 0.05) return Number.NaN;
        if (r < 0.08) return Infinity;
        if (r < 0.15) return 0;
        return Math.round((next() * 200 - 50) * 1000) / (r < 0.5 ? 10 : 1000);
      });
      expect(rollupNumbers(rule, figures), `${rule} of ${figures.join(', ')}`).toEqual(rollupValues(rule, figures.map((f) => input(f))));
    }
  });
});
