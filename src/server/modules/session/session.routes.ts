import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { OkSchema } from '../../../contract/common.js';
import { ChangePasswordBodySchema, SessionSchema, SignInBodySchema } from '../../../contract/users.js';
import type { ServiceContext } from '../../context.js';
import { requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../http/auth.js';
import * as service from './session.service.js';

export const sessionRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/session', {
      schema: {
        tags: ['Phiên đăng nhập'],
        summary: 'Đăng nhập',
        body: SignInBodySchema,
        response: { 200: SessionSchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
      },
      handler: async (request, reply) => {
        const { token, session } = await service.signIn(ctx, request.body, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request, service.SESSION_TTL_MS / 1000));
        return session;
      },
    });

    app.get('/api/session', {
      schema: { tags: ['Phiên đăng nhập'], summary: 'Phiên hiện tại', response: { 200: SessionSchema, 401: ErrorBodySchema } },
      handler: async (request) => service.getSessionView(ctx, requireActor(request), request.csrfToken!),
    });

    app.delete('/api/session', {
      schema: { tags: ['Phiên đăng nhập'], summary: 'Đăng xuất', response: { 200: OkSchema } },
      handler: async (request, reply) => {
        if (request.sessionToken) await service.signOut(ctx, request.sessionToken);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    });

    app.post('/api/session/password', {
      schema: {
        tags: ['Phiên đăng nhập'],
        summary: 'Đổi mật khẩu của chính mình',
        body: ChangePasswordBodySchema,
        response: { 200: OkSchema, 400: ErrorBodySchema, 401: ErrorBodySchema },
      },
      handler: async (request) => {
        await service.changePassword(ctx, requireActor(request), request.sessionToken!, request.body);
        return { ok: true as const };
      },
    });
  };
