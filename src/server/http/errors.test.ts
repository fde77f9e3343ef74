/**
 * A database that cannot be reached answers 503 DATABASE_UNAVAILABLE in Vietnamese, however the
 * driver words it; other database errors keep their own answers. (test/crash/postgres-restart
 * stops a real PostgreSQL under a running server.)
 */
import Fastify from 'fastify';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../db/open.js';
import { databaseUnavailable } from '../service-errors.js';
import { registerErrorHandling } from './errors.js';

/** As drizzle wraps a driver error. */
const failedQuery = (cause: unknown) => Object.assign(new Error('Failed query: select 1\nparams: '), { cause });
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('an unavailable database', () => {
  it.each([
    ['refused', failedQuery(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))],
    ['reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['shut down by the administrator (57P01)', failedQuery(withCode('terminating connection due to administrator command', '57P01'))],
    ['shutting down or starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['lost mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['a client whose connection broke', new Error('Client has encountered a connection error and is not queryable')],
    ['a connection attempt timed out', failedQuery(new Error('timeout expired'))],
    ['every address of a host refused', failedQuery(Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]), { code: undefined }))],
  ])('is recognised when %s', (_, err) => {
    expect(databaseUnavailable(err)).toBeTruthy();
  });

  it('is not any other database error, and a cyclic cause ends the search', () => {
    expect(databaseUnavailable(failedQuery(withCode('duplicate key value', '23505')))).toBeNull();
    expect(databaseUnavailable(withCode('relation "x" does not exist', '42P01'))).toBeNull();
    expect(databaseUnavailable(new Error('Lỗi khác'))).toBeNull();
    const loop: { cause?: unknown } = new Error('vòng');
    loop.cause = loop;
    expect(databaseUnavailable(loop)).toBeNull();
  });
});

describe('the answer', () => {
  const app = Fastify();
  beforeAll(async () => {
    registerErrorHandling(app);
    app.get('/down', async () => {
      throw failedQuery(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));
    });
    app.get('/broken', async () => {
      throw failedQuery(withCode('syntax error', '42601'));
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('is a 503 in the error shape, with a Vietnamese message and a hint to retry', async () => {
    const res = await app.inject({ method: 'GET', url: '/down' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('không kết nối được cơ sở dữ liệu') } });
  });

  it('stays a 500 for a database error of another kind', async () => {
    expect((await app.inject({ method: 'GET', url: '/broken' })).statusCode).toBe(500);
  });
});

describe('a database server that accepts the connection and never answers', () => {
  it('is given up after a few seconds, as unavailable', { timeout: 15_000 }, async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const started = performance.now();
    try {
      const err = await openPostgres(`postgres://postgres@127.0.0.1:${(silent.address() as { port: number }).port}/thidua`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(databaseUnavailable(err)).toBe('timeout expired');
      expect(performance.now() - started).toBeLessThan(8_000);
    } finally {
      silent.close();
    }
  });
});
