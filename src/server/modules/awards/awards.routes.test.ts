import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { AWARD_CODES } from '../../../contract/awards.js';

let t: TestApp;
let reporter: Client;

beforeAll(async () => {
  t = await createTestApp();
  const h = await makeHierarchy(t.ctx);
  reporter = await new Client(t.app).signIn((await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'] })).username, TEST_PASSWORD);
});
afterAll(() => t.close());

const CASE = {
  asOf: '2025-03-15',
  award: 'LDTT',
  nominee: { kind: 'person', unitLevel: 'commune' },
  ratings: [{ year: 2024, rating: 'HTTNV' }],
};

describe('GET /api/awards', () => {
  it('lists every award of the catalogue with its authority by period', async () => {
    const res = await reporter.get('/api/awards');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; decidedBy: unknown[] }[];
    expect(items.map((a) => a.code).sort()).toEqual([...AWARD_CODES].sort());
    expect(items.every((a) => a.decidedBy.length > 0)).toBe(true);
  });
});

describe('POST /api/awards/eligibility', () => {
  it('answers the verdict with its rule set, authority and reasons', async () => {
    const res = await reporter.post('/api/awards/eligibility', CASE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ award: 'LDTT', status: 'eligible', ruleSet: 'ND98_2023' });
    expect(res.json().reasons.some((r: { article: string }) => r.article.includes('Điều 24'))).toBe(true);
  });

  it('puts a case under review on hold', async () => {
    const res = await reporter.post('/api/awards/eligibility', { ...CASE, underReview: true });
    expect(res.json().status).toBe('hold');
  });

  it('refuses a malformed case with 400 naming the field, in Vietnamese', async () => {
    const res = await reporter.post('/api/awards/eligibility', { ...CASE, ratings: [{ year: 2024, rating: 'GIOI' }] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields ?? {}).join(' ')).toContain('ratings');
    const members = await reporter.post('/api/awards/eligibility', { ...CASE, award: 'TTLDTT', nominee: { kind: 'collective', unitLevel: 'commune' }, members: { total: 10, completed: 11, ldtt: 5, cstdcs: 0 } });
    expect(members.statusCode).toBe(400);
  });
});
