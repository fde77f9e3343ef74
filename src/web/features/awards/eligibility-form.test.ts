import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { EligibilityInputSchema, type Award } from '../../../contract/awards.js';
import { formFieldOf, nextRowYear, nomineeKindsFor, splitFieldErrors, toEligibilityInput } from './eligibility-form.js';

const day = (iso: string) => dayjs(iso, 'YYYY-MM-DD');

describe('toEligibilityInput', () => {
  it('turns a filled form into a body the API schema accepts unchanged', () => {
    const body = toEligibilityInput(
      {
        award: 'CSTDCS',
        asOf: day('2025-08-15'),
        nominee: { kind: 'person', unitLevel: 'commune' },
        ratings: [
          { year: 2023, rating: 'HTXSNV' },
          { year: 2024, rating: 'HTTNV' },
        ],
        titles: [{ year: 2024, code: 'LDTT' }],
        initiatives: [{ year: 2024, scope: 'co_so' }],
        discipline: [{ from: day('2022-01-10'), to: null }],
        underReview: true,
        members: { total: 10, completed: 9, ldtt: 5, cstdcs: 1 },
      },
      '2099-01-01',
    );
    expect(body).toEqual({
      asOf: '2025-08-15',
      award: 'CSTDCS',
      nominee: { kind: 'person', unitLevel: 'commune' },
      ratings: [
        { year: 2023, rating: 'HTXSNV' },
        { year: 2024, rating: 'HTTNV' },
      ],
      titles: [{ year: 2024, code: 'LDTT' }],
      initiatives: [{ year: 2024, scope: 'co_so' }],
      discipline: [{ from: '2022-01-10', to: null }],
      underReview: true,
      // Members belong to a collective only: a person's form may still hold counts typed earlier.
      members: null,
    });
    expect(EligibilityInputSchema.parse(body)).toEqual(body);
  });

  it('sends the members of a collective, a blank count as none, and nothing when no count was typed', () => {
    const base = { award: 'TTLDTT' as const, asOf: day('2025-03-01'), nominee: { kind: 'collective' as const, unitLevel: 'agency' as const } };
    expect(toEligibilityInput({ ...base, members: { total: 20, completed: 18, ldtt: 12, cstdcs: null } }, '2025-03-01').members).toEqual({
      total: 20,
      completed: 18,
      ldtt: 12,
      cstdcs: 0,
    });
    expect(toEligibilityInput({ ...base, members: { total: null, completed: undefined } }, '2025-03-01').members).toBeNull();
    expect(toEligibilityInput(base, '2025-03-01').members).toBeNull();
  });

  it('defaults the date to today, leaves out half-filled rows and keeps the end of a discipline', () => {
    const body = toEligibilityInput(
      {
        award: 'LDTT',
        asOf: null,
        nominee: { kind: 'person', unitLevel: 'district' },
        ratings: [{ year: 2024 }, null, { rating: 'HTNV' }, { year: 2023, rating: 'KHTNV' }],
        titles: [{ code: 'GIAY_KHEN' }],
        initiatives: [{ year: 2024 }],
        discipline: [{ from: null, to: day('2024-01-01') }, { from: day('2023-02-01'), to: day('2024-02-01') }],
      },
      '2025-07-01',
    );
    expect(body.asOf).toBe('2025-07-01');
    expect(body.ratings).toEqual([{ year: 2023, rating: 'KHTNV' }]);
    expect(body.titles).toEqual([]);
    expect(body.initiatives).toEqual([]);
    expect(body.discipline).toEqual([{ from: '2023-02-01', to: '2024-02-01' }]);
    expect(body.underReview).toBe(false);
    expect(body.nominee.unitLevel).toBe('district');
  });
});

describe('nextRowYear', () => {
  it('follows the latest year typed, else starts the year before the proposal', () => {
    expect(nextRowYear([{ year: 2022 }, { year: 2024 }, null, { year: null }], 2025)).toBe(2025);
    expect(nextRowYear([], 2025)).toBe(2024);
    expect(nextRowYear(undefined, 2025)).toBe(2024);
  });
});

describe('nomineeKindsFor', () => {
  it('offers only the kinds the award is given to, in the form order', () => {
    const award = { nominee: ['village', 'household'] } as unknown as Award;
    expect(nomineeKindsFor(award)).toEqual(['household', 'village']);
    expect(nomineeKindsFor(undefined)).toEqual(['person', 'collective', 'household', 'village']);
  });
});

describe('server field errors', () => {
  it('maps the paths the API names to form fields', () => {
    expect(formFieldOf('ratings.0.rating')).toEqual(['ratings', 0, 'rating']);
    expect(formFieldOf('discipline.12.to')).toEqual(['discipline', 12, 'to']);
    expect(formFieldOf('nominee.kind')).toEqual(['nominee', 'kind']);
    expect(formFieldOf('asOf')).toEqual(['asOf']);
    expect(formFieldOf('members')).toEqual(['members', 'total']);
    expect(formFieldOf('members.ldtt')).toEqual(['members', 'ldtt']);
    expect(formFieldOf('ratings')).toBeNull();
    expect(formFieldOf('ratings.0.code')).toBeNull();
    expect(formFieldOf('(gốc)')).toBeNull();
  });

  it('keeps the errors no input holds for the top of the form', () => {
    const split = splitFieldErrors({ 'titles.1.code': 'Mã không hợp lệ', ratings: 'Quá nhiều dòng', members: 'Số thành viên lớn hơn tổng số' });
    expect(split.onFields).toEqual([
      { name: ['titles', 1, 'code'], errors: ['Mã không hợp lệ'] },
      { name: ['members', 'total'], errors: ['Số thành viên lớn hơn tổng số'] },
    ]);
    expect(split.general).toEqual(['Xếp loại hằng năm: Quá nhiều dòng']);
    expect(splitFieldErrors(undefined)).toEqual({ onFields: [], general: [] });
  });
});
