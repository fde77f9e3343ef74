import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { HealthSchema } from '../../../contract/health.js';
import type { ServiceContext } from '../../context.js';
import { engineVersion, migrationLevel, type Engine } from '../../db/open.js';
import { APP_VERSION } from '../../paths.js';

export const healthRoutes =
  (ctx: ServiceContext, engine: Engine): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/health', {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng máy chủ (503 DATABASE_UNAVAILABLE khi không kết nối được cơ sở dữ liệu)',
        response: { 200: HealthSchema, 503: ErrorBodySchema },
      },
      handler: async () => ({
        status: 'ok' as const,
        version: APP_VERSION,
        engine,
        engineVersion: await engineVersion(ctx.db),
        migration: await migrationLevel(ctx.db),
        time: ctx.now().toISOString(),
      }),
    });
  };
