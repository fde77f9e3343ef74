import { describe, expect, it } from 'vitest';
import { incompleteRows, quotasBody, type QuotaRow } from './quota-rows.js';

const row = (over: Partial<QuotaRow>): QuotaRow => ({ key: 'k', unitId: 'u1', awardCode: 'CSTDCS', maxCount: 3, used: 0, ...over });

describe('quota rows → the replacing body', () => {
  it('keeps complete rows, zero included, and leaves half-filled ones out', () => {
    const rows = [row({}), row({ unitId: 'u2', maxCount: 0 }), row({ unitId: null }), row({ maxCount: null })];
    expect(quotasBody(rows)).toEqual({
      items: [
        { unitId: 'u1', awardCode: 'CSTDCS', maxCount: 3 },
        { unitId: 'u2', awardCode: 'CSTDCS', maxCount: 0 },
      ],
    });
    expect(incompleteRows(rows)).toBe(2);
  });
});
