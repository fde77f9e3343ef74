/**
 * Law Art 5: one achievement is never commended twice or by two forms. For the awards that rest on
 * a chain of years, this file says which years an earlier award used up ("consumed").
 *
 * An award held in year t consumes:
 *   CSTD_TINH       t-2..t  its three CSTĐCS years (Art 22);
 *   BANG_KHEN_TINH  t-1..t  the two years of its chain, CSTĐCS or HTXSNV + initiatives (Art 74(1)(d));
 *   BANG_KHEN_TTG   t-4..t  its five years (Art 73(1)(b));
 *   CSTD_TOAN_QUOC  t-5..t  the six CSTĐCS years behind its two consecutive CSTĐ tỉnh (Art 21).
 * A consumed year cannot count again in the chain of another chain award, except where the law
 * builds one title on another: CSTĐ toàn quốc is made of CSTĐ tỉnh titles, so the years a CSTĐ
 * tỉnh consumed stay available to it. Titles resting on one year (LĐTT, CSTĐCS, Giấy khen…)
 * consume nothing; for them Art 5 only forbids the same award twice for the same year.
 */
import type { AwardCode, BuiltinAwardCode } from '../../contract/awards.js';
import { findAward, isKnownAward } from './catalogue.js';
import { localSpan } from './rules-local.js';

const CONSUMED_SPAN: Partial<Record<BuiltinAwardCode, number>> = {
  CSTD_TINH: 3,
  BANG_KHEN_TINH: 2,
  BANG_KHEN_TTG: 5,
  CSTD_TOAN_QUOC: 6,
};

/** Awards whose consumed years a proposal for the key may still build on. */
const BUILDS_ON: Partial<Record<BuiltinAwardCode, readonly AwardCode[]>> = {
  CSTD_TOAN_QUOC: ['CSTD_TINH'],
};

/** A local entry resting on several years consumes them like the law's chain awards. */
function spanOf(code: AwardCode): number | undefined {
  const builtin = CONSUMED_SPAN[code as BuiltinAwardCode];
  if (builtin !== undefined || !isKnownAward(code)) return builtin;
  const local = findAward(code).local;
  return local && localSpan(local.criteria) > 1 ? localSpan(local.criteria) : undefined;
}

export function isChainAward(code: AwardCode): boolean {
  return spanOf(code) !== undefined;
}

/** The years an award held in `year` used up; [] for awards resting on one year. */
export function consumedYears(code: AwardCode, year: number): number[] {
  const span = spanOf(code) ?? 0;
  return Array.from({ length: span }, (_, i) => year - span + 1 + i);
}

export interface Reuse {
  title: { year: number; code: AwardCode };
  years: number[];
}

/**
 * Earlier chain awards whose consumed years overlap the years a proposal for `award` (evaluated
 * for `evaluatedYear`) would use. The same award in the same year is left out: that is the
 * plainer "already held" case, reported on its own.
 */
export function findReuse(
  award: AwardCode,
  evaluatedYear: number,
  usedYears: readonly number[],
  held: readonly { year: number; code: AwardCode }[],
): Reuse[] {
  const used = new Set(usedYears);
  const allowed = BUILDS_ON[award as BuiltinAwardCode] ?? [];
  return held
    .filter((t) => isChainAward(t.code) && !allowed.includes(t.code) && !(t.code === award && t.year === evaluatedYear))
    .map((title) => ({ title, years: consumedYears(title.code, title.year).filter((y) => used.has(y)) }))
    .filter((r) => r.years.length > 0);
}
