import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ServiceContext } from './context.js';
import type { Engine } from './db/open.js';
import { registerNulGuard } from './http/nul-guard.js';
import { registerBodyDrain } from './http/drain-body.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerAuth } from './http/auth.js';
import { covenantRoutes } from './modules/covenants/covenants.routes.js';
import { covenantFileRoutes } from './modules/covenants/covenant-files.routes.js';
import { covenantEvidenceRoutes } from './modules/covenants/covenant-evidence.routes.js';
import { refreshLocalAwards } from './modules/awards/local-awards.service.js';
import { registerErrorHandling } from './http/errors.js';
import { assignmentRoutes } from './modules/assignments/assignments.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { awardRoutes } from './modules/awards/awards.routes.js';
import { awardHistoryRoutes } from './modules/award-history/award-history.routes.js';
import { awardHistoryTransferRoutes } from './modules/award-history/award-history-transfer.routes.js';
import { councilRoutes } from './modules/councils/councils.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { certificateLayoutRoutes } from './modules/decisions/certificate-layouts.routes.js';
import { decisionRoutes } from './modules/decisions/decisions.routes.js';
import { documentParseRoutes } from './modules/documents/documents-parse.routes.js';
import { documentRoutes } from './modules/documents/documents.routes.js';
import { fundRoutes } from './modules/fund/fund.routes.js';
import { groupRoutes } from './modules/groups/groups.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { movementRoutes } from './modules/movements/movements.routes.js';
import { nominationRoutes } from './modules/nominations/nominations.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { peopleTransferRoutes } from './modules/people/people-transfer.routes.js';
import { registrationRoutes } from './modules/registrations/registrations.routes.js';
import { reminderRoutes } from './modules/reminders/reminders.routes.js';
import { reportFileRoutes } from './modules/reports/reports-files.routes.js';
import { reportRoutes } from './modules/reports/reports.routes.js';
import { rollupRoutes } from './modules/rollups/rollups.routes.js';
import { sessionRoutes } from './modules/session/session.routes.js';
import { unitTransferRoutes } from './modules/units/units-transfer.routes.js';
import { unitRoutes } from './modules/units/units.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { APP_VERSION, WEB_DIST_DIR } from './paths.js';

// Validation messages in Vietnamese, wherever zod is used.
z.config(z.locales.vi());

export interface AppOptions {
  ctx: ServiceContext;
  engine: Engine;
  logLevel?: string;
  /** Serve the built web app from dist/web when present (off in API tests). */
  serveWeb?: boolean;
  /**
   * Which proxies may set X-Forwarded-For/-Proto (proxy-addr syntax). Trusting any client would
   * let it choose its own address and dodge the per-address sign-in limit.
   */
  trustProxy?: string;
}

/** API paths whose handlers never use the award catalogue (reports, their tasks, sessions, notifications, health). */
const AWARD_FREE_ROUTES = /^\/api\/(health|session|reports|assignments|notifications)(\/|\?|$)/;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    trustProxy: options.trustProxy ?? 'loopback',
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerNulGuard(app);
  registerBodyDrain(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'thidua API',
        description: 'API của thidua — quản lý công tác thi đua, khen thưởng. Lỗi trả về dạng { error: { code, message, fields? } }.',
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'thidua_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // Its own policy for its pages, with the inline styles its interface sets.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, "style-src $1 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerAuth(app, options.ctx);
  // Each API request re-reads the levels' own award entries, so an entry one process adds is known
  // to the others before their next answer (a small table, read by its primary key order) —
  // except the reporting routes, which never read the catalogue and carry the deadline rush.
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/') && !AWARD_FREE_ROUTES.test(request.url)) await refreshLocalAwards(options.ctx.db);
  });
  const { ctx } = options;
  await app.register(healthRoutes(ctx, options.engine));
  await app.register(sessionRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(unitRoutes(ctx));
  await app.register(groupRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(unitTransferRoutes(ctx));
  await app.register(peopleTransferRoutes(ctx));
  await app.register(documentParseRoutes);
  await app.register(awardRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(assignmentRoutes(ctx));
  await app.register(movementRoutes(ctx));
  await app.register(registrationRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(reminderRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(reportFileRoutes(ctx));
  await app.register(rollupRoutes(ctx));
  await app.register(awardHistoryRoutes(ctx));
  await app.register(awardHistoryTransferRoutes(ctx));
  await app.register(decisionRoutes(ctx));
  await app.register(certificateLayoutRoutes(ctx));
  await app.register(fundRoutes(ctx));
  await app.register(nominationRoutes(ctx));
  await app.register(councilRoutes(ctx));
  await app.register(statisticsRoutes(ctx));
  await app.register(covenantRoutes(ctx));
  await app.register(covenantFileRoutes(ctx));
  await app.register(covenantEvidenceRoutes(ctx));

  if (options.serveWeb && existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST_DIR, wildcard: false, index: false });
    // Client-side routes: every non-API GET that is not a file gets the single page.
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không có đường dẫn này' } });
      }
      return reply.type('text/html').sendFile('index.html');
    });
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html').sendFile('index.html'));
  }
  return app;
}
