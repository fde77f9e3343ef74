import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { createAwardRecord } from '../award-history/award-history.service.js';
import { createPeople } from '../people/people.service.js';
import { buildNominationWorld, nominate, type NominationWorld } from './nominations.test-fixtures.js';

let t: TestApp;
let w: NominationWorld;
/** Ten LĐTT 2024 of Xã Đun Nhì, and three of them proposed for CSTĐCS. */
let proposed: { id: string; version: number }[];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildNominationWorld(t);
  const ids = (await createPeople(
    t.ctx,
    null,
    Array.from({ length: 10 }, (_, i) => ({ fullName: `Lao Động Tiên Tiến ${i + 1}`, unitId: w.h.communeB.id, illustrative: false })),
  )) as string[];
  for (const personId of ids) {
    await createAwardRecord(t.ctx, null, { personId, unitId: null, awardCode: 'LDTT', year: 2024, decisionNumber: '12/QĐ-UBND', decisionDate: '2024-12-01', issuer: null, note: null });
  }
  proposed = [];
  for (const personId of ids.slice(0, 3)) {
    const n = await nominate(w.headB, { proposingUnitId: w.h.communeB.id, awardCode: 'CSTDCS', personId, justification: 'Thành tích nổi bật' });
    proposed.push({ id: n.id, version: n.version });
  }
});
afterAll(() => t.close());

const submit = (items: { id: string; version: number }[]) => w.headB.post('/api/nominations/submit', { items });

describe('a province caps CSTĐCS as a share of LĐTT (provincial quy chế; NĐ 91/2017 Art 9(3) said 15 %)', () => {
  it('applies no cap until a level sets one', async () => {
    const res = await w.headB.get(`/api/award-settings?unitId=${w.h.communeB.id}`);
    expect(res.json()).toEqual({ unitId: w.h.communeB.id, cstdcsPercentOfLdtt: null, note: null, setBy: null, version: null });
  });

  it('is set by the province and applies to every commune under it', async () => {
    // A district officer cannot set the province's rule (outside their scope).
    expect((await w.officer.put(`/api/award-settings?unitId=${w.h.province.id}`, { cstdcsPercentOfLdtt: 50 })).statusCode).toBe(404);
    const set = await w.provinceOfficer.put(`/api/award-settings?unitId=${w.h.province.id}`, { cstdcsPercentOfLdtt: 15, note: 'Quy chế thi đua, khen thưởng tỉnh' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ cstdcsPercentOfLdtt: 15, version: 1 });
    // Setting it again as if for the first time is a stale write.
    expect((await w.provinceOfficer.put(`/api/award-settings?unitId=${w.h.province.id}`, { cstdcsPercentOfLdtt: 20 })).statusCode).toBe(409);
    const seen = (await w.headB.get(`/api/award-settings?unitId=${w.h.communeB.id}`)).json();
    expect(seen).toMatchObject({ cstdcsPercentOfLdtt: 15, note: 'Quy chế thi đua, khen thưởng tỉnh', setBy: { unitId: w.h.province.id }, version: null });
  });

  it('lets a commune with 10 LĐTT send ⌊15 % × 10⌋ = 1 CSTĐCS, and refuses the second with the figures', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const two = await submit(proposed.slice(0, 2));
    expect(two.statusCode).toBe(409);
    expect(two.json().error.message).toBe(
      'Vượt tỷ lệ Chiến sĩ thi đua cơ sở theo quy định của Tỉnh Thử Nghiệm: không quá 15% số cá nhân đạt Lao động tiên tiến năm 2024. ' +
        'Xã Đun Nhì có 10 Lao động tiên tiến nên được đề nghị tối đa 1; đã gửi 0, gửi thêm 2 thành 2',
    );
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await submit(proposed.slice(0, 1))).statusCode).toBe(200);
    expect((await submit(proposed.slice(1, 2))).statusCode).toBe(409);
  });

  it('follows the nearest level that set its own share: the district allows 20 % = 2', async () => {
    const set = await w.officer.put(`/api/award-settings?unitId=${w.h.district.id}`, { cstdcsPercentOfLdtt: 20 });
    expect(set.statusCode, set.body).toBe(200);
    expect((await w.headB.get(`/api/award-settings?unitId=${w.h.communeB.id}`)).json().setBy).toEqual({ unitId: w.h.district.id, unitName: 'Huyện Tủa Chùa' });
    expect((await submit(proposed.slice(1, 2))).statusCode).toBe(200);
    expect((await submit(proposed.slice(2, 3))).statusCode).toBe(409);
  });

  it('is read by the commune but set only by a reviewing level', async () => {
    expect((await w.headB.put(`/api/award-settings?unitId=${w.h.communeB.id}`, { cstdcsPercentOfLdtt: 100 })).statusCode).toBe(403);
    expect((await w.otherOfficer.get(`/api/award-settings?unitId=${w.h.communeB.id}`)).statusCode).toBe(404);
  });
});
