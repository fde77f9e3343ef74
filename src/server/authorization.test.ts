/**
 * Authorization over every route of the app, driven by the route table (test/support/route-probes.ts):
 * each registered route must be declared there with a request that exercises it, and what an
 * anonymous caller and a user of the sibling district get. A route registered without a declaration
 * fails the test, so a new module cannot ship without saying who may call it.
 * (authorization-matrix.test.ts runs the same requests for every role × place in the hierarchy.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/support/app.js';
import { makeUser, TEST_PASSWORD } from '../../test/support/factories.js';
import { createRouteFixtures, DOCS_PREFIX, registeredRoutes, ROUTES, type Fixtures } from '../../test/support/route-probes.js';
import { snapshotDatabase } from '../../test/support/snapshot.js';

let t: TestApp;
let f: Fixtures;
let registered: Set<string>;
let siblings: { role: string; client: Client }[];
/** Ids, codes and names of the first district's records: none may reach a sibling user. */
let secrets: string[];

beforeAll(async () => {
  t = await createTestApp();
  ({ f, secrets } = await createRouteFixtures(t));
  const h = f.h;
  const sign = async (roles: Parameters<typeof makeUser>[1]['roles']) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId: h.otherDistrict.id, roles })).username, TEST_PASSWORD);
  siblings = [
    { role: 'officer', client: await sign(['officer']) },
    { role: 'admin', client: await sign(['admin']) },
  ];
  registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
});
afterAll(() => t.close());

describe('the route table', () => {
  it('reads every route of the app (cross-checked with the OpenAPI document)', () => {
    const paths = (t.app as unknown as { swagger(): { paths: Record<string, Record<string, unknown>> } }).swagger().paths;
    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(10);
    for (const route of documented) expect(registered, route).toContain(route);
  });

  it('declares every registered route', () => {
    const undeclared = [...registered].filter((r) => !(r in ROUTES) && !r.split(' ')[1]!.startsWith(DOCS_PREFIX));
    expect(undeclared, 'declare these routes in ROUTES of authorization.test.ts').toEqual([]);
  });

  it('declares no route that does not exist (unless marked optional)', () => {
    const stale = Object.entries(ROUTES)
      .filter(([key, spec]) => !registered.has(key) && !('optional' in spec && spec.optional))
      .map(([key]) => key);
    expect(stale).toEqual([]);
  });
});

const declared = Object.entries(ROUTES);

describe('without a session', () => {
  it.each(declared)('%s', async (key, spec) => {
    if (!registered.has(key)) return;
    if ('public' in spec) {
      if (!spec.probe) return;
      const res = await t.app.inject(spec.probe(f));
      expect(res.statusCode, res.body).toBeLessThan(400);
      return;
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const { probe } of spec.probes) {
      const req = probe(f);
      const res = await t.app.inject(req);
      expect(res.statusCode, `${req.method} ${req.url}: ${res.body}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
      expect(res.json().error.message).toMatch(/đăng nhập/);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('serves the API docs UI without a session', async () => {
    const docs = [...registered].filter((r) => r.startsWith(`GET ${DOCS_PREFIX}`));
    expect(docs.length).toBeGreaterThan(0);
    for (const url of [DOCS_PREFIX, `${DOCS_PREFIX}/`, `${DOCS_PREFIX}/json`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(400);
    }
  });
});

describe('a user of the sibling district', () => {
  const dataRoutes = declared.filter(([, spec]) => 'probes' in spec && spec.probes.some((p) => p.sibling));

  it.each(dataRoutes)('%s', async (key, spec) => {
    if (!registered.has(key) || !('probes' in spec)) return;
    const before = await snapshotDatabase(t.ctx.db);
    for (const { probe, sibling } of spec.probes) {
      if (!sibling) continue;
      for (const { role, client } of siblings) {
        const req = probe(f);
        const res = await client.request(req);
        const where = `${role}: ${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        const allowed = sibling === 'deny' ? [403, 404] : sibling === 'refuse' ? [400, 403, 404] : [200, 403, 404];
        expect(allowed, where).toContain(res.statusCode);
        if (res.statusCode === 400) {
          const error = res.json().error;
          expect(error.fields ?? error.details, where).toBeTruthy();
        }
        // Nothing of the first district in the answer, except what the request itself carried.
        const sent = `${req.url} ${req.payload instanceof Buffer ? req.payload.toString('utf8') : JSON.stringify(req.payload ?? '')}`;
        for (const secret of secrets.filter((s) => !sent.includes(s))) {
          expect(res.body.includes(secret), `${where} leaks ${secret}`).toBe(false);
        }
      }
    }
    expect(await snapshotDatabase(t.ctx.db), key).toEqual(before);
  });

  it('still reads and edits its own district (the probes above are not vacuous)', async () => {
    const { client } = siblings[0]!;
    const units = await client.get('/api/units?status=all');
    expect(units.statusCode).toBe(200);
    expect(units.json().items.map((u: { name: string }) => u.name)).toEqual(['Huyện Khác', 'Xã Bên Cạnh']);
    const groups = await client.get('/api/groups');
    expect(groups.json().items.map((g: { name: string }) => g.name)).toEqual(['Cụm của huyện bên']);
    const res = await client.patch(`/api/people/${f.ownPersonId}`, { version: 1, position: 'Công chức' });
    expect(res.statusCode).toBe(200);
    const documents = await client.get('/api/documents');
    expect(documents.json().items.map((d: { id: string }) => d.id)).toEqual([f.ownDraftId]);
    const movements = await client.get('/api/movements');
    expect(movements.json().items.map((m: { id: string }) => m.id)).toEqual([f.ownMovementId]);
  });
});
