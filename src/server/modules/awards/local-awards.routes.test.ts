import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildNominationWorld, nominate, type NominationWorld } from '../nominations/nominations.test-fixtures.js';

let t: TestApp;
let w: NominationWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNominationWorld(t);
});
afterAll(() => t.close());

/** A district's own title, as its quy chế would define it. */
const LDG = {
  code: 'LDG_TUACHUA',
  name: 'Lao động giỏi huyện Tủa Chùa',
  kind: 'title',
  nominee: ['person'],
  level: 'grassroots',
  category: 'lao_dong_tien_tien',
  cashMultiple: 0.5,
  legalBasis: 'Quyết định 15/2024/QĐ-UBND huyện Tủa Chùa ban hành Quy chế thi đua, khen thưởng',
  authority: 'Chủ tịch Ủy ban nhân dân huyện Tủa Chùa',
  validFrom: '2024-01-01',
  criteria: { minRating: 'HTXSNV' },
};
const codes = (res: { json(): { items: { code: string }[] } }) => res.json().items.map((a) => a.code);

describe('a level adds its own titles and forms without a code change', () => {
  it('refuses a law code, a bad code, an unknown chained title and a stranger, writing nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const body = { ...LDG, ownerUnitId: w.h.district.id };
    const law = await w.officer.post('/api/awards', { ...body, code: 'LDTT' });
    expect(law.statusCode).toBe(409);
    expect(law.json().error.message).toMatch(/của Luật/);
    const lower = await w.officer.post('/api/awards', { ...body, code: 'ldg tua chua' });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().error.fields).toHaveProperty('code');
    const chain = await w.officer.post('/api/awards', { ...body, criteria: { minRating: 'HTTNV', titleChain: { code: 'KHONG_CO', years: 2 } } });
    expect(chain.statusCode).toBe(400);
    expect(chain.json().error.fields).toHaveProperty(['criteria.titleChain.code']);
    expect((await w.otherOfficer.post('/api/awards', body)).statusCode).toBe(404);
    expect((await w.reporterA.post('/api/awards', { ...body, ownerUnitId: w.h.communeA.id })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.database.db)).toEqual(before);
  });

  it('adds the district’s title, which its units see and others do not', async () => {
    const res = await w.officer.post('/api/awards', { ...LDG, ownerUnitId: w.h.district.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: 'LDG_TUACHUA', local: { ownerUnitName: 'Huyện Tủa Chùa', version: 1, criteria: { minRating: 'HTXSNV', ratingYears: 1 } } });
    expect((await w.officer.post('/api/awards', { ...LDG, ownerUnitId: w.h.district.id })).statusCode).toBe(409);

    expect(codes(await w.headA.get('/api/awards'))).toContain('LDG_TUACHUA');
    expect(codes(await w.provinceOfficer.get(`/api/awards?unitId=${w.h.communeA.id}`))).toContain('LDG_TUACHUA');
    expect(codes(await w.provinceOfficer.get(`/api/awards?unitId=${w.h.otherCommune.id}`))).not.toContain('LDG_TUACHUA');
    expect(codes(await w.otherOfficer.get('/api/awards'))).not.toContain('LDG_TUACHUA');
    expect(codes(await w.otherOfficer.get('/api/awards'))).toContain('LDTT');
  });

  it('judges a nomination for it by its criteria and its authority; a unit outside the district cannot propose it', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'LDG_TUACHUA', personId: w.an });
    expect(n).toMatchObject({ awardName: 'Lao động giỏi huyện Tủa Chùa', eligibility: { status: 'eligible', decidedBy: 'Chủ tịch Ủy ban nhân dân huyện Tủa Chùa' } });
    const short = await nominate(w.headB, { proposingUnitId: w.h.communeB.id, awardCode: 'LDG_TUACHUA', personId: w.ha });
    expect(short.eligibility.status).toBe('not_eligible');
    expect(short.eligibility.reasons.find((r: { code: string }) => r.code === 'rating')).toMatchObject({ met: false, article: LDG.legalBasis });

    const stranger = await w.otherOfficer.post('/api/nominations', { year: 2024, proposedOn: '2024-12-10', proposingUnitId: w.h.otherCommune.id, awardCode: 'LDG_TUACHUA', personId: w.doOther });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.awardCode).toMatch(/không áp dụng|Không có/);
  });

  it('checks a case for it, and refuses a code that is in no catalogue', async () => {
    const ok = await w.headA.post('/api/awards/eligibility', { asOf: '2025-02-10', award: 'LDG_TUACHUA', nominee: { kind: 'person', unitLevel: 'commune' }, ratings: [{ year: 2024, rating: 'HTXSNV' }] });
    expect(ok.json()).toMatchObject({ status: 'eligible', decidedBy: 'Chủ tịch Ủy ban nhân dân huyện Tủa Chùa' });
    const unknown = await w.headA.post('/api/awards/eligibility', { asOf: '2025-02-10', award: 'KHONG_CO', nominee: { kind: 'person', unitLevel: 'commune' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('award');
  });

  it('is edited with its version (a stale one is 409) and retired by an end date', async () => {
    const stale = await w.officer.patch('/api/awards/LDG_TUACHUA', { ...LDG, code: undefined, version: 7 });
    expect(stale.statusCode).toBe(409);
    const ended = await w.officer.patch('/api/awards/LDG_TUACHUA', { ...LDG, code: undefined, validTo: '2024-12-31', version: 1 });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().local).toMatchObject({ validTo: '2024-12-31', version: 2 });
    const late = await w.headA.post('/api/awards/eligibility', { asOf: '2025-02-10', award: 'LDG_TUACHUA', nominee: { kind: 'person', unitLevel: 'commune' }, ratings: [{ year: 2024, rating: 'HTXSNV' }] });
    expect(late.json().status).toBe('not_eligible');
    expect(late.json().reasons.map((r: { code: string }) => r.code)).toContain('validity');
    expect((await w.otherOfficer.patch('/api/awards/LDG_TUACHUA', { ...LDG, code: undefined, version: 2 })).statusCode).toBe(404);
  });
});
