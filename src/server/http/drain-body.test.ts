/**
 * An answer given before the body was read (too large, wrong type, no session) must still let the
 * client finish sending: a reverse proxy that is cut off mid-body answers 502 instead of ours.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../test/support/factories.js';

let t: TestApp;
let port: number;
let session: Client;

beforeAll(async () => {
  t = await createTestApp();
  const h = await makeHierarchy(t.ctx);
  await makeUser(t.ctx, { unitId: h.district.id, roles: ['officer'], username: 'canbo.nhan' });
  session = await new Client(t.app).signIn('canbo.nhan', TEST_PASSWORD);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** Sends the whole body as a proxy does, and reports whether it could, with the answer. */
function send(path: string, bytes: number, headers: Record<string, string>): Promise<{ status: number; body: string; sentAll: boolean; error: string | null }> {
  return new Promise((resolve) => {
    let sentAll = false;
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'content-length': String(bytes) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sentAll, error: null }));
    });
    req.on('error', (err) => resolve({ status: 0, body: '', sentAll, error: (err as NodeJS.ErrnoException).code ?? err.message }));
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!req.write(chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      sentAll = true;
      req.end();
    };
    pump();
  });
}

describe('answers given before the body is read', () => {
  it('lets a 12 MB body over the limit be sent whole, then answers 413', async () => {
    const res = await send('/api/documents/parse', 12 * 1024 * 1024, { 'content-type': 'text/plain', cookie: session.cookie, 'x-csrf-token': session.csrf });
    expect(res.error).toBeNull();
    expect(res.sentAll).toBe(true);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('lets a body of a type nobody accepts be sent whole, then answers 415', async () => {
    const res = await send('/api/documents/parse', 3 * 1024 * 1024, { 'content-type': 'application/x-khong-ro', cookie: session.cookie, 'x-csrf-token': session.csrf });
    expect(res.error).toBeNull();
    expect(res.sentAll).toBe(true);
    expect(res.status).toBe(415);
  });

  it('lets an upload without a session be sent whole, then answers 401', async () => {
    const res = await send('/api/documents/parse', 4 * 1024 * 1024, { 'content-type': 'text/plain' });
    expect(res.error).toBeNull();
    expect(res.sentAll).toBe(true);
    expect(res.status).toBe(401);
  });
});
