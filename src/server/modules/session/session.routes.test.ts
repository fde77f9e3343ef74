import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildApp } from '../../app.js';
import { SESSION_TTL_MS, hashToken } from './session.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let admin: Client;
const realNow = () => new Date();

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng';

function signIn(username: string, password: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, headers });
}
function setCookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  return (Array.isArray(raw) ? raw[0] : raw) as string;
}
async function newUser(roles: Parameters<typeof makeUser>[1]['roles'] = ['officer']) {
  return makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.district.id, roles });
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const a = await makeUser(t.ctx, { unitId: h.district.id, roles: ['admin'] });
  admin = await new Client(t.app).signIn(a.username, TEST_PASSWORD);
});
afterAll(() => t.close());
afterEach(() => {
  t.ctx.now = realNow;
});

describe('sign in and out', () => {
  it('signs in, reads the session, signs out', async () => {
    const u = await newUser();
    const res = await signIn(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: u.id, username: u.username, roles: ['officer'] });
    expect(body.permissions).toContain('unit:write');
    expect(body.csrfToken).toEqual(expect.any(String));
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const current = await client.get('/api/session');
    expect(current.statusCode).toBe(200);
    expect(current.json().user.id).toBe(u.id);

    const out = await client.delete('/api/session');
    expect(out.statusCode).toBe(200);
    expect(setCookieOf(out)).toMatch(/^thidua_session=;/);
    expect((await client.get('/api/session')).statusCode).toBe(401);
    expect(await countRows(t.ctx.db, 'sessions', `token_hash = '${hashToken(decodeURIComponent(client.cookie.split('=')[1]!))}'`)).toBe(0);
  });

  it('answers 401 for GET /api/session without a cookie or with an unknown one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: 'thidua_session=forged' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown user with the same Vietnamese message', async () => {
    const u = await newUser();
    const wrong = await signIn(u.username, 'not-the-password');
    const unknown = await signIn('khong.ton.tai', 'not-the-password');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'UNAUTHENTICATED', message: WRONG });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const u = await newUser();
    expect((await signIn(`  ${u.username.toUpperCase()} `, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('rate limiting', () => {
  it('answers 429 after 5 failures for one username, even with the right password', async () => {
    const u = await newUser();
    const other = await newUser();
    const ip = { 'x-forwarded-for': '203.0.113.10' };
    for (let i = 0; i < 5; i++) expect((await signIn(u.username, `wrong-${i}-password`, ip)).statusCode).toBe(401);
    const limited = await signIn(u.username, TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/quá nhiều lần/);
    expect(limited.headers['set-cookie']).toBeUndefined();
    // The limit follows the username to any address …
    expect((await signIn(u.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).statusCode).toBe(429);
    // … while another username from the same address still signs in.
    expect((await signIn(other.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
    // The window is 15 minutes.
    const later = new Date(Date.now() + 16 * 60 * 1000);
    t.ctx.now = () => later;
    expect((await signIn(u.username, TEST_PASSWORD, ip)).statusCode).toBe(200);
    // Attempts are dated by the same clock that opens the window.
    for (let i = 0; i < 5; i++) expect((await signIn(u.username, `wrong-${i}-password`, ip)).statusCode).toBe(401);
    expect((await signIn(u.username, TEST_PASSWORD, ip)).statusCode).toBe(429);
  });

  it('lets no more than 5 guesses through when they arrive in parallel', async () => {
    const u = await newUser();
    const ip = { 'x-forwarded-for': '203.0.113.30' };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(u.username, `guess-${i}-password`, ip)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect((await signIn(u.username, TEST_PASSWORD, ip)).statusCode).toBe(429);
  });

  it('answers 429 for every username from an address past the per-address limit', async () => {
    const u = await newUser();
    const ip = { 'x-forwarded-for': '203.0.113.20' };
    const failures = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(`khach.${i}`, 'wrong-password', ip)));
    expect(failures.map((r) => r.statusCode)).toEqual(Array(30).fill(401));
    expect((await signIn(u.username, TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await signIn(u.username, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.21' })).statusCode).toBe(200);
  });
});

describe('disabled users', () => {
  it('cannot sign in, and their open sessions end', async () => {
    const u = await newUser();
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    expect((await client.get('/api/units')).statusCode).toBe(200);
    const res = await admin.patch(`/api/users/${u.id}`, { version: u.version, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await client.get('/api/units')).statusCode).toBe(401);
    expect(await countRows(t.ctx.db, 'sessions', `user_id = '${u.id}'`)).toBe(0);
    const again = await signIn(u.username, TEST_PASSWORD);
    expect(again.statusCode).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure over plain http', async () => {
    const u = await newUser();
    const cookie = setCookieOf(await signIn(u.username, TEST_PASSWORD));
    const attrs = cookie.split(';').map((s) => s.trim());
    expect(attrs[0]).toMatch(/^thidua_session=[A-Za-z0-9_-]{40,}$/);
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${SESSION_TTL_MS / 1000}`]));
    expect(attrs).not.toContain('Secure');
  });

  it('is Secure when a TLS-terminating proxy reports https', async () => {
    const u = await newUser();
    const cookie = setCookieOf(await signIn(u.username, TEST_PASSWORD, { 'x-forwarded-proto': 'https' }));
    const attrs = cookie.split(';').map((s) => s.trim());
    expect(attrs).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/']));
  });

  it('ignores X-Forwarded-* from a client that is not a trusted proxy', async () => {
    const u = await newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: u.username, password: TEST_PASSWORD },
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.1' },
    });
    expect(setCookieOf(res)).not.toMatch(/Secure/);
    const attempts = (await t.database.db.execute(sql`select ip from sign_in_attempts where username = ${u.username}`)) as unknown as {
      rows: { ip: string }[];
    };
    expect(attempts.rows.map((r) => r.ip)).toEqual(['203.0.113.7']);
  });

  it('lets a browser that still has a session sign in again without the CSRF token', async () => {
    const u = await newUser();
    const other = await newUser();
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: other.username, password: TEST_PASSWORD },
      headers: { cookie: client.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe(other.username);
  });

  it('stops working once the session has expired', async () => {
    const u = await newUser();
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const start = Date.now();
    t.ctx.now = () => new Date(start + SESSION_TTL_MS - 60_000);
    expect((await client.get('/api/session')).statusCode).toBe(200);
    t.ctx.now = () => new Date(start + SESSION_TTL_MS + 60_000);
    const res = await client.get('/api/session');
    expect(res.statusCode).toBe(401);
    expect((await client.get('/api/units')).statusCode).toBe(401);
  });
});

describe('POST /api/session/password', () => {
  it('names currentPassword when it is wrong and newPassword when it is too short', async () => {
    const u = await newUser();
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const wrong = await client.post('/api/session/password', { currentPassword: 'nope-nope', newPassword: 'mat-khau-moi-1' });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['currentPassword']);
    const short = await client.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(Object.keys(short.json().error.fields)).toEqual(['newPassword']);
    expect(short.json().error.message).toMatch(/Mật khẩu mới/);
    const same = await client.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields.newPassword).toBeTruthy();
    // Nothing changed: the old password still works.
    expect((await signIn(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('changes the password and ends the other sessions of the user, keeping this one', async () => {
    const u = await newUser();
    const here = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const elsewhere = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const bystander = await new Client(t.app).signIn((await newUser()).username, TEST_PASSWORD);
    const res = await here.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2' });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/session')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/session')).statusCode).toBe(401);
    expect((await bystander.get('/api/session')).statusCode).toBe(200);
    expect((await signIn(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(u.username, 'mat-khau-moi-2')).statusCode).toBe(200);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session/password', payload: { currentPassword: 'x', newPassword: 'mat-khau-moi-3' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a signed-in POST, PATCH, PUT or DELETE without or with a wrong token, changing nothing', async () => {
    const u = await newUser();
    const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const group = await client.post('/api/groups', {
      name: 'Cụm thử CSRF',
      kind: 'cluster',
      year: 2024,
      organiserUnitId: h.district.id,
      memberUnitIds: [h.communeA.id],
    });
    expect(group.statusCode).toBe(201);
    const g = group.json();
    const before = await snapshotDatabase(t.ctx.db);
    const attempts = [
      { method: 'POST' as const, url: '/api/units', payload: { code: 'CSRF1', name: 'Xã CSRF', kind: 'commune', parentId: h.district.id } },
      { method: 'PATCH' as const, url: `/api/units/${h.communeA.id}`, payload: { version: 1, name: 'Bị đổi tên' } },
      { method: 'PUT' as const, url: `/api/groups/${g.id}`, payload: { version: g.version, name: 'Bị đổi', kind: 'cluster', year: 2024, organiserUnitId: h.district.id, memberUnitIds: [] } },
      { method: 'DELETE' as const, url: `/api/groups/${g.id}?version=${g.version}` },
      { method: 'POST' as const, url: '/api/session/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'bi-doi-mat-khau' } },
      { method: 'DELETE' as const, url: '/api/session' },
    ];
    for (const a of attempts) {
      for (const token of [undefined, 'sai-ma', `${client.csrf}x`]) {
        const res = await t.app.inject({
          ...a,
          headers: { cookie: client.cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) },
        });
        expect(res.statusCode, `${a.method} ${a.url} with token ${token}`).toBe(403);
        expect(res.json().error.message).toMatch(/CSRF/);
      }
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });
});

describe('content types', () => {
  it('refuses a form-encoded or plain-text sign-in with 4xx, not 5xx', async () => {
    const u = await newUser();
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=${u.username}&password=${TEST_PASSWORD}`,
    });
    expect(form.statusCode).toBeGreaterThanOrEqual(400);
    expect(form.statusCode).toBeLessThan(500);
    expect(form.headers['set-cookie']).toBeUndefined();
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ username: u.username, password: TEST_PASSWORD }),
    });
    expect(plain.statusCode).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
    expect(plain.headers['set-cookie']).toBeUndefined();
    const csvBody = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/csv' }, payload: `username,password\n${u.username},${TEST_PASSWORD}\n` });
    expect(csvBody.statusCode).toBeGreaterThanOrEqual(400);
    expect(csvBody.statusCode).toBeLessThan(500);
    const broken = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(broken.statusCode).toBe(400);
  });
});

describe('sessions live in the database', () => {
  let second: FastifyInstance;
  beforeAll(async () => {
    second = await buildApp({ ctx: { db: t.database.db, now: () => new Date() }, engine: t.database.engine });
    await second.ready();
  });
  afterAll(() => second.close());

  it('a second process on the same database accepts the cookie and sees the sign-out', async () => {
    const u = await newUser();
    const first = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const token = decodeURIComponent(first.cookie.split('=')[1]!);
    // Only a hash of the token is stored.
    expect(await countRows(t.ctx.db, 'sessions', `token_hash = '${hashToken(token)}'`)).toBe(1);
    expect(await countRows(t.ctx.db, 'sessions', `token_hash = '${token}'`)).toBe(0);

    const onSecond = Object.assign(new Client(second), { cookie: first.cookie, csrf: first.csrf });
    const res = await onSecond.get('/api/session');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(u.id);
    const created = await onSecond.post('/api/units', { code: 'HAI-TIEN-TRINH', name: 'Xã Hai Tiến Trình', kind: 'commune', parentId: h.district.id });
    expect(created.statusCode).toBe(201);
    expect((await first.get(`/api/units/${created.json().id}`)).statusCode).toBe(200);

    expect((await onSecond.delete('/api/session')).statusCode).toBe(200);
    expect((await first.get('/api/session')).statusCode).toBe(401);
  });
});
