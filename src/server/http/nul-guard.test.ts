import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { snapshotDatabase } from '../../../test/support/snapshot.js';
import { nulPath } from './nul-guard.js';

let t: TestApp;
let officer: Client;
let unitId: string;
beforeAll(async () => {
  t = await createTestApp();
  const h = await makeHierarchy(t.ctx);
  unitId = h.district.id;
  const user = await makeUser(t.ctx, { unitId: h.district.id, roles: ['officer'] });
  officer = await new Client(t.app).signIn(user.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('the NUL character', () => {
  it('is found at any depth, in keys too', () => {
    expect(nulPath({ a: [{ b: 'x\u0000' }] }, '')).toBe('a.0.b');
    expect(nulPath({ ['k\u0000']: 1 }, '')).toBe('k\\0');
    expect(nulPath({ a: 'Tủa Chùa', b: [1, null, true] }, '')).toBeNull();
  });

  it('is refused in a search and in a body with 400 naming the field, and nothing is written', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const search = await officer.get('/api/documents?q=a%00b');
    expect(search.statusCode).toBe(400);
    expect(search.json().error.fields).toHaveProperty('q');
    const person = await officer.post('/api/people', { fullName: 'Lầu Thị\u0000 Sua', unitId });
    expect(person.statusCode).toBe(400);
    expect(person.json().error.message).toContain('trường fullName');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
