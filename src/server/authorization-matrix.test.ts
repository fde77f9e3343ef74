/**
 * The authorization matrix: every route of the route table × every role × the place of the
 * caller's unit against the records (all of the first district, Huyện Tủa Chùa, or its commune):
 * - own: seated at the district itself;
 * - descendant: seated at the province above it (the records belong to a unit below theirs);
 * - sibling: seated at the other district of the province;
 * - unrelated: seated at another province.
 * What each route requires is declared below, next to its key (ACCESS); a route of the table
 * without a declaration fails. The expected answer follows from ROLE_PERMISSIONS and the place:
 * allowed only with the permission and the records inside the caller's scope.
 *
 * Allowed writes are sent with a stale version wherever the request carries one: passing the
 * authorization then answers 409 and writes nothing, so one set of records serves every caller.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/support/app.js';
import { makeUnit, makeUser, TEST_PASSWORD } from '../../test/support/factories.js';
import { createRouteFixtures, ROUTES, type Fixtures, type RouteSpec } from '../../test/support/route-probes.js';
import { snapshotDatabase } from '../../test/support/snapshot.js';
import { hasPermission, ROLES, type Permission, type Role } from '../contract/roles.js';

type Place = 'own' | 'descendant' | 'sibling' | 'unrelated';
const PLACES: Place[] = ['own', 'descendant', 'sibling', 'unrelated'];

/**
 * What a route requires of its caller:
 * - a permission: allowed with it, inside the caller's scope;
 * - `wholeInstallation`: besides the permission, a scope over every unit of the installation (the audit
 *   log is not bound to units yet): with the unrelated province beside the first one, no caller here has
 *   it, so every one is refused; the audit tests cover the single province that reads it;
 * - `members`: besides the permission, being listed as a member (of the council, or the cluster voting):
 *   none of the matrix's callers is, so every one of them is refused; the module's own tests cover members;
 * - `emptyIs404`: an allowed caller may get 404 when there is nothing to give (said in the message);
 * - `signedIn`: any signed-in caller (computations on what the request sends, reading nothing of a unit).
 */
type Access = Permission | { permission: Permission; wholeInstallation?: true; members?: true; emptyIs404?: true; note?: string } | 'signedIn';

const ACCESS: Record<string, Access> = {
  'GET /api/users': 'user:read',
  'POST /api/users': 'user:write',
  'GET /api/users/:id': 'user:read',
  'PATCH /api/users/:id': 'user:write',

  'GET /api/units': 'unit:read',
  'POST /api/units': 'unit:write',
  'GET /api/units/:id': 'unit:read',
  'PATCH /api/units/:id': 'unit:write',
  'POST /api/units/:id/close': 'unit:write',
  'GET /api/units/:id/lineage': 'unit:read',
  'GET /api/units/:id/path': 'unit:read',
  'GET /api/units/export': 'unit:read',
  'GET /api/units/import-template': 'unit:read',
  'POST /api/units/import': 'unit:write',

  'GET /api/groups': 'group:read',
  'POST /api/groups': 'group:write',
  'GET /api/groups/:id': 'group:read',
  'PUT /api/groups/:id': 'group:write',
  'DELETE /api/groups/:id': 'group:write',

  'GET /api/people': 'person:read',
  'POST /api/people': 'person:write',
  'GET /api/people/:id': 'person:read',
  'PATCH /api/people/:id': 'person:write',
  'GET /api/people/export': 'person:read',
  'GET /api/people/import-template': 'person:read',
  'POST /api/people/import': 'person:write',

  'GET /api/documents': 'document:read',
  'POST /api/documents': 'document:write',
  'POST /api/documents/parse': 'signedIn',
  'GET /api/documents/:id': 'document:read',
  'PATCH /api/documents/:id': 'document:write',
  'POST /api/documents/:id/issue': 'document:issue',
  'POST /api/documents/:id/receive': 'document:write',
  'GET /api/documents/:id/docx': 'document:read',
  'GET /api/inbox': 'document:read',
  'POST /api/documents/:id/files': 'document:write',
  'GET /api/documents/:id/files/:fileId': 'document:read',
  'POST /api/documents/:id/assignments': 'report:review',

  'GET /api/assignments': 'report:read',
  'GET /api/assignments/:id': 'report:read',
  'PATCH /api/assignments/:id': 'report:review',
  'POST /api/assignments/:id/reminders': 'report:review',
  'GET /api/assignments/:id/reminders': 'report:review',
  'GET /api/assignments/:id/board': 'report:read',
  'GET /api/assignments/:id/rollup': 'report:read',
  'GET /api/assignments/:id/dashboard': 'report:read',
  'GET /api/assignments/:id/rollup.xlsx': 'report:read',
  'GET /api/assignments/:id/values.xlsx': 'report:read',
  'GET /api/assignments/:id/consolidated.docx': { permission: 'report:review', note: 'the assigning side only' },
  'POST /api/assignments/:id/consolidated-report': 'report:review',

  'GET /api/awards': 'award:read',
  'POST /api/awards': 'nomination:review',
  'PATCH /api/awards/:code': 'nomination:review',

  'GET /api/movements': 'movement:read',
  'POST /api/movements': 'movement:write',
  'GET /api/movements/:id': 'movement:read',
  'PATCH /api/movements/:id': 'movement:write',
  'POST /api/movements/:id/indicators': 'movement:write',
  'POST /api/movements/:id/indicators/from-document': 'movement:write',
  'PATCH /api/indicators/:id': 'movement:write',
  'DELETE /api/indicators/:id': 'movement:write',
  'GET /api/movements/:id/registrations/summary': 'movement:read',
  'POST /api/registrations': 'registration:write',
  'GET /api/registrations': 'movement:read',
  'GET /api/registrations/:id': 'movement:read',
  'PATCH /api/registrations/:id': 'registration:write',
  'POST /api/registrations/:id/submit': 'registration:write',
  'POST /api/registrations/:id/return': 'registration:review',
  'POST /api/registrations/:id/approve': 'registration:review',

  'POST /api/reports': 'report:write',
  'GET /api/reports': 'report:read',
  'GET /api/reports/:id': 'report:read',
  'PATCH /api/reports/:id': 'report:write',
  'POST /api/reports/:id/submit': 'report:write',
  'POST /api/reports/:id/return': 'report:review',
  'POST /api/reports/:id/accept': 'report:review',
  'POST /api/reports/:id/reopen': 'report:review',
  'POST /api/reports/:id/files': 'report:write',
  'GET /api/reports/:id/files/:fileId': 'report:read',
  'DELETE /api/reports/:id/files/:fileId': 'report:write',

  'GET /api/people/:id/award-history': 'award:read',
  'GET /api/units/:id/award-history': 'award:read',
  'POST /api/people/:id/eligibility': 'award:read',
  'POST /api/units/:id/eligibility': 'award:read',
  'POST /api/award-history/ratings': 'award:write',
  'PATCH /api/award-history/ratings/:id': 'award:write',
  'DELETE /api/award-history/ratings/:id': 'award:write',
  'POST /api/award-history/initiatives': 'award:write',
  'DELETE /api/award-history/initiatives/:id': 'award:write',
  'POST /api/award-history/discipline': 'award:write',
  'DELETE /api/award-history/discipline/:id': 'award:write',
  'POST /api/award-history/awards': 'award:write',
  'DELETE /api/award-history/awards/:id': 'award:write',
  'GET /api/award-history/export': 'award:read',
  'GET /api/award-history/import-template': 'award:read',
  'POST /api/award-history/import': 'award:write',

  'GET /api/nominations': 'award:read',
  'POST /api/nominations': 'nomination:write',
  'POST /api/nominations/submit': 'nomination:submit',
  'GET /api/nominations/candidates': 'award:read',
  'GET /api/nominations/forwarding-package': { permission: 'nomination:review', emptyIs404: true, note: 'nothing forwarded yet' },
  'GET /api/nominations/:id': 'award:read',
  'PATCH /api/nominations/:id': 'nomination:write',
  'DELETE /api/nominations/:id': 'nomination:write',
  'POST /api/nominations/:id/return': 'nomination:review',
  'POST /api/nominations/:id/review': 'nomination:review',
  'POST /api/nominations/:id/outcome': 'nomination:review',
  'POST /api/nominations/:id/files': 'nomination:write',
  'GET /api/nominations/:id/files': 'award:read',
  'GET /api/nominations/:id/files/:fileId': 'award:read',
  'DELETE /api/nominations/:id/files/:fileId': 'nomination:write',
  'GET /api/award-quotas': 'nomination:review',
  'PUT /api/award-quotas': 'nomination:review',
  'GET /api/award-settings': 'award:read',
  'PUT /api/award-settings': 'nomination:review',

  'GET /api/covenants': 'group:read',
  'POST /api/covenants': 'group:write',
  'GET /api/covenants/:id': 'group:read',
  'PATCH /api/covenants/:id': 'group:write',
  'POST /api/covenants/:id/open': 'group:write',
  'POST /api/covenants/:id/close-scoring': 'group:write',
  'POST /api/covenants/:id/close': 'group:write',
  'POST /api/covenants/:id/sign': { permission: 'covenant:sign', members: true, note: 'the head of the member unit, for it' },
  'GET /api/covenants/:id/scores/:unitId': 'group:read',
  'PUT /api/covenants/:id/scores/:unitId': { permission: 'covenant:score', members: true, note: 'the member unit’s own people' },
  'POST /api/covenants/:id/scores/:unitId/files': { permission: 'covenant:score', members: true, note: 'the member unit’s own people' },
  'GET /api/covenants/:id/scores/:unitId/files/:fileId': 'group:read',
  'DELETE /api/covenants/:id/scores/:unitId/files/:fileId': { permission: 'covenant:score', members: true, note: 'the member unit’s own people' },
  'POST /api/covenants/:id/scores/:unitId/submit': { permission: 'covenant:score', members: true, note: 'the member unit’s own people' },
  'POST /api/covenants/:id/adjustments': 'group:write',
  'POST /api/covenants/:id/vote': 'group:write',
  'POST /api/covenants/:id/ballots': { permission: 'covenant:sign', members: true, note: 'the heads of the cluster’s member units' },
  'POST /api/covenants/:id/vote/close': 'group:write',
  'GET /api/covenant-leaders': { permission: 'nomination:write', note: 'the organiser proposing the Government flag' },
  'POST /api/covenant-leaders/government-flags': 'nomination:write',
  'GET /api/covenants/:id/criteria.xlsx': 'group:read',
  'POST /api/covenants/:id/criteria/import': 'group:write',
  'GET /api/covenants/:id/scores.xlsx': 'group:read',
  'GET /api/covenants/:id/minutes.docx': 'group:read',
  'GET /api/covenants/:id/indicators': 'group:read',
  'GET /api/covenants/:id/scores/:unitId/suggestions': 'group:read',
  'GET /api/covenants/:id/ranking': 'group:read',
  'GET /api/statistics/tt02/:form.xlsx': 'award:read',

  'GET /api/councils': 'award:read',
  'POST /api/councils': 'council:manage',
  'GET /api/councils/:id': 'award:read',
  'GET /api/councils/:id/accounts': 'council:manage',
  'PATCH /api/councils/:id': 'council:manage',
  'POST /api/councils/:id/members': 'council:manage',
  'PATCH /api/councils/:id/members/:memberId': 'council:manage',
  'GET /api/council-sessions': 'award:read',
  'POST /api/councils/:id/sessions': 'council:manage',
  'GET /api/council-sessions/:id': 'award:read',
  'PATCH /api/council-sessions/:id': 'council:manage',
  'POST /api/council-sessions/:id/open': 'council:manage',
  'POST /api/council-sessions/:id/votes': { permission: 'council:manage', note: 'written ballots, entered by the secretary (members vote themselves: council tests)' },
  'POST /api/council-sessions/:id/close': 'council:manage',
  'GET /api/council-sessions/:id/minutes.docx': 'award:read',

  'GET /api/decisions': 'award:read',
  'POST /api/decisions': 'decision:write',
  'POST /api/decisions/past': 'decision:write',
  'GET /api/decisions/:id': 'award:read',
  'DELETE /api/decisions/:id': 'decision:write',
  'POST /api/decisions/:id/issue': 'document:issue',
  'GET /api/decisions/:id/certificates.docx': 'award:read',
  'GET /api/decisions/:id/certificates.pdf': 'award:read',
  'GET /api/certificate-layouts': 'award:read',
  'GET /api/certificate-layouts/:id': 'award:read',
  'POST /api/certificate-layouts': 'decision:write',
  'PATCH /api/certificate-layouts/:id': 'decision:write',
  'DELETE /api/certificate-layouts/:id': 'decision:write',
  'GET /api/fund': 'award:read',
  'GET /api/fund.xlsx': 'award:read',
  'POST /api/fund/income': 'fund:write',

  'GET /api/audit': { permission: 'audit:read', wholeInstallation: true },
};

type Verdict = 'allowed' | 'forbidden' | 'outOfScope';

function verdict(access: Access, role: Role, place: Place): Verdict {
  if (access === 'signedIn') return 'allowed';
  const { permission, wholeInstallation, members } = typeof access === 'string' ? { permission: access } : access;
  if (place === 'sibling' || place === 'unrelated') return 'outOfScope';
  if (!hasPermission([role], permission) || members || wholeInstallation) return 'forbidden';
  return 'allowed';
}

/**
 * The same request made harmless for an allowed caller: every version it carries made stale (the
 * write answers 409), an import only checked (`dryRun`). Otherwise the first allowed import would
 * move a commune of the first district into the sibling one, and every later answer would differ.
 */
function harmless(req: InjectOptions): InjectOptions {
  const url = String(req.url);
  const bare = url.replace(/[?&]dryRun=\w+/, '');
  const checked = /\/import(\?|$)/.test(url) ? `${bare}${bare.includes('?') ? '&' : '?'}dryRun=true` : url;
  return withStaleVersion({ ...req, url: checked });
}

function withStaleVersion(req: InjectOptions): InjectOptions {
  const stale = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stale);
    if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'version' && typeof v === 'number' ? v + 1000 : stale(v)]));
    }
    return value;
  };
  return { ...req, url: String(req.url).replace(/([?&]version=)(\d+)/, (_, p: string, v: string) => `${p}${Number(v) + 1000}`), payload: stale(req.payload) as InjectOptions['payload'] };
}

let t: TestApp;
let f: Fixtures;
let secrets: string[];
const callers = new Map<string, Client>();
const key = (role: Role, place: Place) => `${role}@${place}`;

beforeAll(async () => {
  t = await createTestApp();
  ({ f, secrets } = await createRouteFixtures(t));
  const otherProvince = await makeUnit(t.ctx, { name: 'Tỉnh Không Liên Quan', kind: 'province' });
  const seat: Record<Place, string> = { own: f.h.district.id, descendant: f.h.province.id, sibling: f.h.otherDistrict.id, unrelated: otherProvince.id };
  for (const place of PLACES) {
    for (const role of ROLES) {
      const user = await makeUser(t.ctx, { unitId: seat[place], roles: [role], username: `mt.${role.replace('_', '-')}.${place}` });
      callers.set(key(role, place), await new Client(t.app).signIn(user.username, TEST_PASSWORD));
    }
  }
}, 180_000);
afterAll(() => t.close());

type DataRoute = [string, Extract<RouteSpec, { probes: unknown }>];
/** Data routes, deletions last (deepest paths first) so a deletion never removes what another route reads. */
const dataRoutes: DataRoute[] = (Object.entries(ROUTES).filter(([, spec]) => 'probes' in spec && !spec.own) as DataRoute[]).sort(([a], [b]) => {
  const deletes = (k: string) => k.startsWith('DELETE ');
  if (deletes(a) !== deletes(b)) return deletes(a) ? 1 : -1;
  return deletes(a) ? b.length - a.length : 0;
});

describe('the matrix declares', () => {
  it('what every data route requires, and nothing else', () => {
    expect(dataRoutes.map(([k]) => k).filter((k) => !(k in ACCESS)), 'declare these routes in ACCESS of authorization-matrix.test.ts').toEqual([]);
    expect(Object.keys(ACCESS).filter((k) => !dataRoutes.some(([r]) => r === k))).toEqual([]);
  });
});

describe.each(dataRoutes)('%s', (routeKey, spec) => {
  const access = ACCESS[routeKey]!;
  // The first request of each route targets the first district's own records; the others (a
  // sibling district's records pointing into it) are the sibling test's.
  const probe = spec.probes[0]!;
  const list = probe.sibling === 'filtered';

  it('refuses every role and place it must refuse, changing nothing, leaking nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    for (const place of PLACES) {
      for (const role of ROLES) {
        const v = verdict(access, role, place);
        if (v === 'allowed') continue;
        const req = probe.probe(f);
        const res = await callers.get(key(role, place))!.request(req);
        const where = `${role} @ ${place}: ${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        const refusals = probe.sibling === 'refuse' ? [400, 403, 404] : [403, 404];
        expect(list ? [200, ...refusals] : refusals, where).toContain(res.statusCode);
        if (v === 'outOfScope' || res.statusCode === 200) {
          const sent = `${req.url} ${req.payload instanceof Buffer ? req.payload.toString('utf8') : JSON.stringify(req.payload ?? '')}`;
          for (const secret of secrets.filter((s) => !sent.includes(s))) expect(res.body.includes(secret), `${where} leaks ${secret}`).toBe(false);
        }
      }
    }
    expect(await snapshotDatabase(t.ctx.db), routeKey).toEqual(before);
  });

  it('lets through every role and place it must allow', async () => {
    let done = false;
    for (const place of PLACES) {
      for (const role of ROLES) {
        if (verdict(access, role, place) !== 'allowed') continue;
        const req = harmless(probe.probe(f));
        const res = await callers.get(key(role, place))!.request(req);
        const where = `${role} @ ${place}: ${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        // A deletion done by the first allowed caller leaves the next one nothing to delete.
        const gone = (done && req.method === 'DELETE' && res.statusCode === 404) || (typeof access === 'object' && access.emptyIs404 && res.statusCode === 404);
        if (!gone) expect([401, 403, 404], where).not.toContain(res.statusCode);
        if (list) expect(res.statusCode, where).toBe(200);
        if (res.statusCode < 300) done = true;
      }
    }
  });
});
