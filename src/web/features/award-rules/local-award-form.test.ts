import { describe, expect, it } from 'vitest';
import type { Award } from '../../../contract/awards.js';
import { bodyOf, criteriaText, normaliseCode, valuesOf } from './local-award-form.js';

const award: Award = {
  code: 'LDG_DIENBIEN',
  name: 'Lao động giỏi',
  kind: 'title',
  nominee: ['person'],
  level: 'province',
  category: 'lao_dong_tien_tien',
  cashMultiple: 1,
  legalBasis: 'Quyết định 12/2024/QĐ-UBND',
  decidedBy: [],
  local: {
    ownerUnitId: '00000000-0000-4000-8000-000000000001',
    ownerUnitName: 'Tỉnh Điện Biên',
    authority: 'Chủ tịch UBND tỉnh',
    validFrom: '2024-01-01',
    validTo: null,
    criteria: { minRating: 'HTTNV', ratingYears: 2, titleChain: { code: 'LDTT', years: 2 }, initiativeScope: 'co_so' },
    version: 3,
  },
};

describe('the form of a level’s own award', () => {
  it('turns a typed name into a code', () => {
    expect(normaliseCode(' Lao động giỏi Điện Biên ')).toBe('LAO_DONG_GIOI_DIEN_BIEN');
    expect(normaliseCode('ldg-2024')).toBe('LDG_2024');
  });

  it('round-trips an entry through the form values', () => {
    const body = bodyOf(valuesOf(award), award.local!.ownerUnitId);
    expect(body).toMatchObject({ code: 'LDG_DIENBIEN', criteria: award.local!.criteria, authority: 'Chủ tịch UBND tỉnh', validTo: null });
  });

  it('drops a half-filled chain rather than sending one without years', () => {
    const body = bodyOf({ ...valuesOf(award), chainYears: null }, award.local!.ownerUnitId);
    expect(body.criteria.titleChain).toBeNull();
  });

  it('says the criteria in words', () => {
    const text = criteriaText(award.local!.criteria, { rating: () => 'Hoàn thành tốt nhiệm vụ', scope: () => 'Cơ sở', award: () => 'Lao động tiên tiến' });
    expect(text).toBe('Hoàn thành tốt nhiệm vụ trở lên 2 năm liên tục; 2 năm liên tục “Lao động tiên tiến”; sáng kiến phạm vi cơ sở trở lên');
  });
});
