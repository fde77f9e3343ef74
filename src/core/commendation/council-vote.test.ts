import { describe, expect, it } from 'vitest';
import { defaultThreshold, quorumMet, quorumRequired, tally, type CastVote } from './council-vote.js';

const votes = (agree: number, disagree = 0, abstain = 0, written = 0): CastVote[] => [
  ...Array.from({ length: agree }, (_, i) => ({ choice: 'agree' as const, written: i < written })),
  ...Array.from({ length: disagree }, () => ({ choice: 'disagree' as const, written: false })),
  ...Array.from({ length: abstain }, () => ({ choice: 'abstain' as const, written: false })),
];

describe('quorum: at least 2/3 of the members attend (NĐ 98/2023 Art 47, domain.md §1.6)', () => {
  it.each([
    [9, 6],
    [10, 7],
    [12, 8],
    [22, 15],
    [3, 2],
  ])('%i members need %i present', (total, required) => {
    expect(quorumRequired(total)).toBe(required);
    expect(quorumMet(required, total)).toBe(true);
    expect(quorumMet(required - 1, total)).toBe(false);
  });

  it('takes another ratio when a council sets one', () => {
    expect(quorumRequired(10, 1, 2)).toBe(5);
    expect(quorumMet(4, 10, 1, 2)).toBe(false);
  });

  it('is never met by an empty council', () => {
    expect(quorumMet(0, 0)).toBe(false);
  });
});

describe('ballot threshold, counted on all members (NĐ 91/2017 Art 45(8) baseline)', () => {
  const rule = { percent: 90, denominator: 'total' as const };

  it('passes at exactly 90 %: 90 of 100', () => {
    expect(tally(votes(90, 10), rule, 100, 100)).toMatchObject({ agree: 90, countedOf: 100, percent: 90, passed: true });
  });

  it('fails at 89 %: 89 of 100', () => {
    expect(tally(votes(89, 11), rule, 100, 100)).toMatchObject({ agree: 89, percent: 89, passed: false });
  });

  it('fails at 8 of 9 (88.9 %) and passes at 9 of 10', () => {
    expect(tally(votes(8, 1), rule, 9, 9)).toMatchObject({ percent: 88.9, passed: false });
    expect(tally(votes(9, 1), rule, 10, 10)).toMatchObject({ percent: 90, passed: true });
  });

  it('counts the written votes of absent members, and a missing vote counts against', () => {
    // 10 members, 8 present all agree, 1 absent voted in writing, 1 absent did not vote: 9/10.
    expect(tally(votes(9, 0, 0, 1), rule, 10, 8)).toMatchObject({ agree: 9, countedOf: 10, passed: true });
    expect(tally(votes(8), rule, 10, 8)).toMatchObject({ agree: 8, countedOf: 10, passed: false });
  });
});

describe('ballot threshold, counted on members present', () => {
  const rule = { percent: 70, denominator: 'present' as const };

  it('measures against those present and ignores written votes', () => {
    // 7 present: 5 agree = 71.4 % passes; the written vote of an absent member is not counted.
    expect(tally(votes(6, 2, 0, 1), rule, 10, 7)).toMatchObject({ agree: 5, disagree: 2, countedOf: 7, percent: 71.4, passed: true });
  });

  it('fails one vote short: 4 of 6 present is 66.7 %', () => {
    expect(tally(votes(4, 1, 1), rule, 9, 6)).toMatchObject({ agree: 4, abstain: 1, percent: 66.7, passed: false });
  });

  it('never passes with nobody to count', () => {
    expect(tally([], rule, 5, 0).passed).toBe(false);
  });
});

describe('default thresholds per award (domain.md §1.6 recommendation)', () => {
  it('puts CSTĐ cấp tỉnh, toàn quốc and Anh hùng to a secret ballot of 90 % of all members', () => {
    expect(defaultThreshold('CSTD_TINH')).toEqual({ percent: 90, denominator: 'total', ballot: 'secret' });
    expect(defaultThreshold('CSTD_TOAN_QUOC')).toEqual({ percent: 90, denominator: 'total', ballot: 'secret' });
    expect(defaultThreshold('ANH_HUNG_LAO_DONG')).toEqual({ percent: 90, denominator: 'total', ballot: 'secret' });
  });

  it('asks 70 % of all members for the rest', () => {
    for (const code of ['LDTT', 'CSTDCS', 'GIAY_KHEN', 'BANG_KHEN_TINH', 'TTLDXS'] as const) {
      expect(defaultThreshold(code)).toMatchObject({ percent: 70, denominator: 'total' });
    }
  });
});
