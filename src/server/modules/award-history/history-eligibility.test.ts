import { describe, expect, it } from 'vitest';
import { eligibilityInputFromHistory, type HistoryCase, type StoredHistory } from './history-eligibility.js';

const empty: StoredHistory = { ratings: [], awards: [], initiatives: [], discipline: [] };
const person = (history: Partial<StoredHistory>, over: Partial<HistoryCase> = {}): HistoryCase => ({
  award: 'CSTDCS',
  asOf: '2025-03-15',
  nominee: { kind: 'person', unitKind: 'commune' },
  members: null,
  history: { ...empty, ...history },
  ...over,
});

describe('eligibilityInputFromHistory', () => {
  it('maps ratings, awards (as titles) and initiatives, oldest first', () => {
    const input = eligibilityInputFromHistory(
      person({
        ratings: [
          { year: 2024, rating: 'HTXSNV', inherited: false },
          { year: 2023, rating: 'HTTNV', inherited: false },
        ],
        awards: [
          { year: 2024, awardCode: 'LDTT' },
          { year: 2023, awardCode: 'LDTT' },
        ],
        initiatives: [{ year: 2024, scope: 'co_so' }],
      }),
    );
    expect(input).toEqual({
      asOf: '2025-03-15',
      award: 'CSTDCS',
      nominee: { kind: 'person', unitLevel: 'commune' },
      ratings: [
        { year: 2023, rating: 'HTTNV' },
        { year: 2024, rating: 'HTXSNV' },
      ],
      titles: [
        { year: 2023, code: 'LDTT' },
        { year: 2024, code: 'LDTT' },
      ],
      initiatives: [{ year: 2024, scope: 'co_so' }],
      discipline: [],
      underReview: false,
      members: null,
    });
  });

  it('takes the level from the unit kind: wards and special zones are communes, offices agencies', () => {
    const level = (unitKind: string) => eligibilityInputFromHistory(person({}, { nominee: { kind: 'person', unitKind } })).nominee.unitLevel;
    expect(['province', 'district', 'commune', 'ward', 'township', 'special_zone', 'office'].map(level)).toEqual([
      'province',
      'district',
      'commune',
      'commune',
      'commune',
      'commune',
      'agency',
    ]);
  });

  it('passes discipline periods as {from, to} and leaves reviews out of them', () => {
    const input = eligibilityInputFromHistory(
      person({
        discipline: [
          { kind: 'discipline', startsOn: '2024-06-01', endsOn: null },
          { kind: 'discipline', startsOn: '2020-01-01', endsOn: '2020-12-31' },
          { kind: 'review', startsOn: '2023-01-01', endsOn: '2023-06-30' },
        ],
      }),
    );
    expect(input.discipline).toEqual([
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2024-06-01', to: null },
    ]);
    expect(input.underReview).toBe(false);
  });

  it('is under review only when a review period covers the proposal date (ends included, open end covers)', () => {
    const review = (startsOn: string, endsOn: string | null) => eligibilityInputFromHistory(person({ discipline: [{ kind: 'review', startsOn, endsOn }] })).underReview;
    expect(review('2025-03-01', null)).toBe(true);
    expect(review('2025-03-15', '2025-03-15')).toBe(true);
    expect(review('2025-01-01', '2025-03-14')).toBe(false);
    expect(review('2025-03-16', null)).toBe(false);
  });

  it('for a merged collective: its own rating wins; a year it lacks takes the weakest predecessor rating', () => {
    const input = eligibilityInputFromHistory(
      person(
        {
          ratings: [
            { year: 2025, rating: 'HTTNV', inherited: false },
            { year: 2025, rating: 'KHTNV', inherited: true },
            { year: 2024, rating: 'HTXSNV', inherited: true },
            { year: 2024, rating: 'HTTNV', inherited: true },
          ],
          awards: [
            { year: 2024, awardCode: 'TTLDTT' },
            { year: 2024, awardCode: 'TTLDTT' },
          ],
        },
        { nominee: { kind: 'collective', unitKind: 'commune' }, members: { total: 20, completed: 20, ldtt: 15, cstdcs: 1 } },
      ),
    );
    expect(input.ratings).toEqual([
      { year: 2024, rating: 'HTTNV' },
      { year: 2025, rating: 'HTTNV' },
    ]);
    expect(input.titles).toEqual([{ year: 2024, code: 'TTLDTT' }]);
    expect(input.nominee.kind).toBe('collective');
    expect(input.members).toEqual({ total: 20, completed: 20, ldtt: 15, cstdcs: 1 });
  });

  it('never passes member counts for a person', () => {
    const input = eligibilityInputFromHistory(person({}, { members: { total: 1, completed: 1, ldtt: 1, cstdcs: 0 } }));
    expect(input.members).toBeNull();
  });
});
