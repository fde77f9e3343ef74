import { describe, expect, it } from 'vitest';
import type { EligibilityInput } from '../../contract/awards.js';
import { Facts, atLeast } from './facts.js';

function facts(over: Partial<Pick<EligibilityInput, 'asOf' | 'ratings' | 'titles' | 'initiatives' | 'discipline'>> = {}) {
  return new Facts({ asOf: '2025-03-15', ratings: [], titles: [], initiatives: [], discipline: [], ...over });
}

describe('Facts.run: "n lần liên tục" (domain.md §1.9)', () => {
  const cstdcs = (...years: number[]) => years.map((year) => ({ year, code: 'CSTDCS' as const }));

  it('counts consecutive years back from the end year and stops at the first gap', () => {
    const f = facts({ titles: cstdcs(2020, 2022, 2023, 2024) });
    expect(f.run(2024, (y) => f.hasTitle('CSTDCS', y))).toEqual({ years: [2022, 2023, 2024], stoppedAt: 2021, cause: 'gap' });
  });

  it('is empty when the end year itself lacks the fact', () => {
    const f = facts({ titles: cstdcs(2022, 2023) });
    expect(f.run(2024, (y) => f.hasTitle('CSTDCS', y)).years).toEqual([]);
  });

  it('Khoản 4 Điều 4 NĐ 98/2023: stops at the year a discipline ended (achievement counts from its end)', () => {
    const f = facts({ titles: cstdcs(2020, 2021, 2022, 2023, 2024), discipline: [{ from: '2021-09-01', to: '2022-06-30' }] });
    expect(f.firstCountableYear).toBe(2023);
    expect(f.run(2024, (y) => f.hasTitle('CSTDCS', y))).toEqual({ years: [2023, 2024], stoppedAt: 2022, cause: 'discipline' });
  });

  it('counts from the end of the latest discipline when there were several', () => {
    const f = facts({
      discipline: [
        { from: '2019-01-01', to: '2019-12-31' },
        { from: '2021-01-01', to: '2021-03-31' },
      ],
    });
    expect(f.firstCountableYear).toBe(2022);
    expect(f.isCountable(2021)).toBe(false);
    expect(f.isCountable(2022)).toBe(true);
  });
});

describe('Facts: discipline in force on asOf', () => {
  it.each([
    [{ from: '2025-01-01', to: null }, true],
    [{ from: '2025-01-01', to: '2025-03-15' }, true],
    [{ from: '2025-01-01', to: '2025-03-14' }, false],
    [{ from: '2025-03-16', to: null }, false],
  ])('%j covers 15/03/2025: %s', (d, covers) => {
    const f = facts({ discipline: [d] });
    expect(f.disciplinesInForce.length > 0).toBe(covers);
  });

  it('ignores a period that starts after asOf when counting', () => {
    expect(facts({ discipline: [{ from: '2025-04-01', to: '2025-05-01' }] }).firstCountableYear).toBeNull();
  });
});

describe('Facts: ratings and initiatives', () => {
  it('keeps the lower of two ratings given for one year', () => {
    const f = facts({
      ratings: [
        { year: 2024, rating: 'HTXSNV' },
        { year: 2024, rating: 'HTNV' },
      ],
    });
    expect(f.ratingIn(2024)).toBe('HTNV');
  });

  it('filters initiatives by scope and by countable years', () => {
    const f = facts({
      initiatives: [
        { year: 2022, scope: 'toan_quoc' },
        { year: 2023, scope: 'co_so' },
        { year: 2024, scope: 'tinh' },
      ],
      discipline: [{ from: '2022-01-01', to: '2022-12-31' }],
    });
    expect(f.initiativesIn([2022, 2023, 2024], 'co_so').map((i) => i.year)).toEqual([2023, 2024]);
    expect(f.initiativesIn([2022, 2023, 2024], 'tinh').map((i) => i.year)).toEqual([2024]);
  });

  it('orders ratings HTXSNV > HTTNV > HTNV > KHTNV', () => {
    expect(atLeast('HTXSNV', 'HTTNV')).toBe(true);
    expect(atLeast('HTTNV', 'HTTNV')).toBe(true);
    expect(atLeast('HTNV', 'HTTNV')).toBe(false);
    expect(atLeast(null, 'KHTNV')).toBe(false);
  });

  it('lists each title once, oldest first', () => {
    const f = facts({
      titles: [
        { year: 2024, code: 'LDTT' },
        { year: 2022, code: 'LDTT' },
        { year: 2024, code: 'LDTT' },
      ],
    });
    expect(f.heldTitles()).toEqual([
      { year: 2022, code: 'LDTT' },
      { year: 2024, code: 'LDTT' },
    ]);
  });
});
