import { describe, expect, it } from 'vitest';
import { consumedYears, findReuse, isChainAward } from './reuse.js';

describe('Điều 5 Luật Thi đua, khen thưởng 2022: years consumed by chain awards', () => {
  it.each([
    ['CSTD_TINH', 2024, [2022, 2023, 2024]],
    ['BANG_KHEN_TINH', 2024, [2023, 2024]],
    ['BANG_KHEN_TTG', 2024, [2020, 2021, 2022, 2023, 2024]],
    ['CSTD_TOAN_QUOC', 2024, [2019, 2020, 2021, 2022, 2023, 2024]],
    ['CSTDCS', 2024, []],
    ['LDTT', 2024, []],
  ] as const)('%s in %i consumes %j', (code, year, years) => {
    expect(consumedYears(code, year)).toEqual(years);
    expect(isChainAward(code)).toBe(years.length > 0);
  });

  it('finds an earlier chain award whose years the proposal would reuse', () => {
    const reuse = findReuse('CSTD_TINH', 2024, [2022, 2023, 2024], [{ year: 2023, code: 'BANG_KHEN_TINH' }]);
    expect(reuse).toEqual([{ title: { year: 2023, code: 'BANG_KHEN_TINH' }, years: [2022, 2023] }]);
  });

  it('accepts a chain disjoint from the earlier award', () => {
    expect(findReuse('CSTD_TINH', 2024, [2022, 2023, 2024], [{ year: 2021, code: 'BANG_KHEN_TINH' }])).toEqual([]);
  });

  it('lets CSTĐ toàn quốc build on the CSTĐ tỉnh titles it is made of (Điều 21)', () => {
    const held = [
      { year: 2021, code: 'CSTD_TINH' as const },
      { year: 2024, code: 'CSTD_TINH' as const },
    ];
    expect(findReuse('CSTD_TOAN_QUOC', 2024, [2019, 2020, 2021, 2022, 2023, 2024], held)).toEqual([]);
    expect(findReuse('BANG_KHEN_TINH', 2024, [2023, 2024], held)).toHaveLength(1);
  });

  it('leaves the same award in the same year to the "already held" check, and ignores one-year titles', () => {
    expect(findReuse('BANG_KHEN_TINH', 2024, [2023, 2024], [{ year: 2024, code: 'BANG_KHEN_TINH' }])).toEqual([]);
    expect(findReuse('BANG_KHEN_TINH', 2024, [2023, 2024], [{ year: 2024, code: 'CSTDCS' }])).toEqual([]);
  });
});
