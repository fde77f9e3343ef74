import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, ListAuditQuerySchema } from '../../../contract/audit.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { listAudit } from './audit.service.js';

export const auditRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/audit', {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thay đổi (quản trị toàn hệ thống)',
        querystring: ListAuditQuerySchema,
        response: { 200: AuditPageSchema, 401: ErrorBodySchema, 403: ErrorBodySchema },
      },
      handler: async (request) => listAudit(ctx, requireActor(request), request.query),
    });
  };
