import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { NotificationListSchema, NotificationSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './notifications.service.js';

// Not in the contract yet (src/contract/reporting.ts has only the list and item schemas).
const ListNotificationsQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Chỉ những thông báo chưa đọc'),
});
const ReadAllResultSchema = z.object({ updated: z.number().int().describe('Số thông báo vừa được đánh dấu đã đọc') });

const tags = ['Thông báo'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

export const notificationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/notifications', {
      schema: {
        tags,
        summary: `Thông báo của bạn, mới nhất trước (tối đa ${service.NOTIFICATION_LIST_LIMIT}), và số chưa đọc`,
        querystring: ListNotificationsQuerySchema,
        response: { 200: NotificationListSchema, ...errors },
      },
      handler: async (request) => service.listNotifications(ctx, requireActor(request), request.query),
    });
    app.post('/api/notifications/:id/read', {
      schema: { tags, summary: 'Đánh dấu một thông báo của bạn là đã đọc', params: IdParamsSchema, response: { 200: NotificationSchema, ...errors } },
      handler: async (request) => service.markNotificationRead(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/notifications/read-all', {
      schema: { tags, summary: 'Đánh dấu mọi thông báo của bạn là đã đọc', response: { 200: ReadAllResultSchema, ...errors } },
      handler: async (request) => service.markAllNotificationsRead(ctx, requireActor(request)),
    });
  };
