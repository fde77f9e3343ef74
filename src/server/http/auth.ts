import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../contract/errors.js';
import type { ServiceContext } from '../context.js';
import { resolveSession } from '../modules/session/session.service.js';
import type { Actor } from './actor.js';

export const SESSION_COOKIE = 'thidua_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập');
  return request.actor;
}

/**
 * Resolves the session cookie on every /api request and guards state changes against CSRF:
 * the cookie is SameSite=Lax, and a signed-in write must also echo the session's CSRF token.
 */
export async function registerAuth(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(ctx, token);
    if (!resolved) return;
    request.actor = resolved.actor;
    request.sessionToken = token;
    request.csrfToken = resolved.csrfToken;
    // Signing in again (e.g. as another user) needs no token: it is JSON-only, which a cross-site form cannot send.
    const isSignIn = request.method === 'POST' && request.routeOptions.url === '/api/session';
    if (!SAFE_METHODS.has(request.method) && !isSignIn && request.headers[CSRF_HEADER] !== resolved.csrfToken) {
      throw new AppError('FORBIDDEN', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang rồi thử lại.');
    }
  });
}

export function sessionCookieOptions(request: FastifyRequest, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind a trusted TLS-terminating proxy the request reports https.
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  };
}
