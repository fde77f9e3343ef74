import { describe, expect, it } from 'vitest';
import { reviewerDecides } from './authority.js';

const BEFORE = '2024-12-20';
const AFTER = '2025-12-20';

describe('does the reviewing level decide, or forward? (Law Art 79–80, NĐ 129/2025)', () => {
  it('a district decided CSTĐCS and Giấy khen before the reform (Art 80(2))', () => {
    expect(reviewerDecides('CSTDCS', BEFORE, 'district')).toBe(true);
    expect(reviewerDecides('GIAY_KHEN', BEFORE, 'district')).toBe(true);
    expect(reviewerDecides('THON_VAN_HOA', BEFORE, 'district')).toBe(true);
  });

  it('a commune decided only LĐTT, Giấy khen, Gia đình văn hóa before the reform (Art 80(3))', () => {
    expect(reviewerDecides('LDTT', BEFORE, 'commune')).toBe(true);
    expect(reviewerDecides('CSTDCS', BEFORE, 'commune')).toBe(false);
    expect(reviewerDecides('THON_VAN_HOA', BEFORE, 'commune')).toBe(false);
  });

  it('after 01/07/2025 the commune decides every grassroots award and there is no district', () => {
    expect(reviewerDecides('CSTDCS', AFTER, 'commune')).toBe(true);
    expect(reviewerDecides('THON_VAN_HOA', AFTER, 'commune')).toBe(true);
    expect(reviewerDecides('CSTDCS', AFTER, 'district')).toBe(false);
  });

  it('provincial awards go to the province; national ones always go up (Art 79)', () => {
    expect(reviewerDecides('BANG_KHEN_TINH', BEFORE, 'district')).toBe(false);
    expect(reviewerDecides('BANG_KHEN_TINH', BEFORE, 'province')).toBe(true);
    expect(reviewerDecides('CSTD_TINH', AFTER, 'province')).toBe(true);
    expect(reviewerDecides('BANG_KHEN_TTG', AFTER, 'province')).toBe(false);
    expect(reviewerDecides('CO_THI_DUA_CP', AFTER, 'province')).toBe(false);
  });

  it('an agency head decides LĐTT, CSTĐCS, TTLĐTT and Giấy khen (Art 80(1))', () => {
    expect(reviewerDecides('CSTDCS', AFTER, 'agency')).toBe(true);
    expect(reviewerDecides('GIA_DINH_VAN_HOA', AFTER, 'agency')).toBe(false);
  });
});
