/**
 * What the eligibility rules read from one case: ratings, titles and initiatives per year, which
 * years count after a discipline, and chains of consecutive years (domain.md §1.9).
 */
import type { AwardCode, EligibilityInput, Rating } from '../../contract/awards.js';

export type Scope = 'co_so' | 'tinh' | 'toan_quoc';
const SCOPE_RANK: Record<Scope, number> = { co_so: 0, tinh: 1, toan_quoc: 2 };
const RATING_RANK: Record<Rating, number> = { KHTNV: 0, HTNV: 1, HTTNV: 2, HTXSNV: 3 };

/** Ratings and years are validated from 1945; no chain can reach further back. */
const FIRST_YEAR = 1945;

export interface Discipline {
  from: string;
  to: string | null;
}

/** Consecutive years ending at a year, and why the chain stopped. */
export interface Run {
  /** Ascending. */
  years: number[];
  /** The first year (going back) that did not qualify. */
  stoppedAt: number;
  /** gap = the year lacks the fact; discipline = the year ended before a discipline did. */
  cause: 'gap' | 'discipline';
}

export function atLeast(rating: Rating | null, min: Rating): boolean {
  return rating !== null && RATING_RANK[rating] >= RATING_RANK[min];
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export class Facts {
  readonly asOf: string;
  readonly asOfYear: number;
  /** Disciplines that cover asOf: the case is put on hold. */
  readonly disciplinesInForce: readonly Discipline[];
  /** The discipline that ended last before asOf, if any: achievement counts from its end. */
  readonly lastEndedDiscipline: (Discipline & { to: string }) | null;
  private readonly ratings = new Map<number, Rating>();
  private readonly titles: readonly { year: number; code: AwardCode }[];
  private readonly initiatives: readonly { year: number; scope: Scope }[];

  constructor(input: Pick<EligibilityInput, 'asOf' | 'ratings' | 'titles' | 'initiatives' | 'discipline'>) {
    this.asOf = input.asOf;
    this.asOfYear = yearOf(input.asOf);
    // Two ratings for one year is a data error; the lower one is kept so a doubt never helps the case.
    for (const { year, rating } of input.ratings) {
      const seen = this.ratings.get(year);
      if (seen === undefined || RATING_RANK[rating] < RATING_RANK[seen]) this.ratings.set(year, rating);
    }
    this.titles = input.titles;
    this.initiatives = input.initiatives;
    this.disciplinesInForce = input.discipline.filter((d) => d.from <= input.asOf && (d.to === null || d.to >= input.asOf));
    // A period starting after asOf is ignored: it cannot have stopped an earlier achievement.
    const ended = input.discipline.filter((d): d is Discipline & { to: string } => d.to !== null && d.to < input.asOf && d.from <= input.asOf);
    this.lastEndedDiscipline = ended.reduce<(Discipline & { to: string }) | null>((last, d) => (last === null || d.to > last.to ? d : last), null);
  }

  /**
   * The first year whose achievement counts. The brief's reading of principle 4: the year in which
   * a discipline ended still carries it, so counting restarts on 1 January of the next year.
   */
  get firstCountableYear(): number | null {
    return this.lastEndedDiscipline ? yearOf(this.lastEndedDiscipline.to) + 1 : null;
  }

  isCountable(year: number): boolean {
    const first = this.firstCountableYear;
    return first === null || year >= first;
  }

  ratingIn(year: number): Rating | null {
    return this.ratings.get(year) ?? null;
  }

  hasRating(year: number): boolean {
    return this.ratings.has(year);
  }

  hasTitle(code: AwardCode, year: number): boolean {
    return this.titles.some((t) => t.code === code && t.year === year);
  }

  hasAnyFactIn(year: number): boolean {
    return this.hasRating(year) || this.titles.some((t) => t.year === year);
  }

  /** Titles held, each once per (code, year), oldest first. */
  heldTitles(): { year: number; code: AwardCode }[] {
    const seen = new Set<string>();
    return this.titles
      .filter((t) => {
        const key = `${t.code}:${t.year}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.year - b.year);
  }

  /** Initiatives of at least `minScope` recognised in the given countable years. */
  initiativesIn(years: readonly number[], minScope: Scope): { year: number; scope: Scope }[] {
    const wanted = new Set(years.filter((y) => this.isCountable(y)));
    return this.initiatives.filter((i) => wanted.has(i.year) && SCOPE_RANK[i.scope] >= SCOPE_RANK[minScope]).sort((a, b) => a.year - b.year);
  }

  /** Consecutive countable years ending at `end` for which `holds` is true. */
  run(end: number, holds: (year: number) => boolean): Run {
    const years: number[] = [];
    let year = end;
    while (year >= FIRST_YEAR && this.isCountable(year) && holds(year)) {
      years.unshift(year);
      year -= 1;
    }
    return { years, stoppedAt: year, cause: year >= FIRST_YEAR && !this.isCountable(year) ? 'discipline' : 'gap' };
  }
}
