import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Bodies this size or smaller are read to the end before an early answer. Larger ones (or of unknown
 * length) are not worth reading: the connection is closed instead.
 */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 10_000;

function unreadBody(request: FastifyRequest): boolean {
  const raw = request.raw;
  return !raw.readableEnded && !raw.destroyed && (raw.headers['content-length'] !== undefined || raw.headers['transfer-encoding'] !== undefined);
}

/**
 * An answer given before the body was read — too large, a type nobody accepts, no session — would
 * otherwise cut the client off mid-body. A browser shows nothing useful then, and a reverse proxy
 * (nginx, which buffers the whole upload first) answers 502 in place of our 413 or 401.
 */
export function registerBodyDrain(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!unreadBody(request)) return payload;
    const declared = Number(request.raw.headers['content-length']);
    if (!Number.isFinite(declared) || declared > MAX_DRAINED_BYTES) {
      reply.header('connection', 'close');
      return payload;
    }
    const drained = await new Promise<boolean>((resolve) => {
      const raw = request.raw;
      // A client that stops sending must not hold the answer: after a while the connection closes instead.
      const timer = setTimeout(() => resolve(false), DRAIN_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      raw.once('end', done);
      raw.once('close', done);
      raw.once('error', done);
      raw.resume();
    });
    if (!drained) reply.header('connection', 'close');
    return payload;
  });
}
