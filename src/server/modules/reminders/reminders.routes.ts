import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { ReminderLogSchema, SendRemindersBodySchema, SendRemindersResultSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './reminders.service.js';

const tags = ['Nhắc hạn'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

export const reminderRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/assignments/:id/reminders', {
      schema: {
        tags,
        summary: 'Nhắc hạn các đơn vị chưa gửi báo cáo (thông báo trong ứng dụng, và thư điện tử khi đã cấu hình máy chủ thư)',
        params: IdParamsSchema,
        body: SendRemindersBodySchema,
        response: { 200: SendRemindersResultSchema, ...errors },
      },
      handler: async (request) => service.sendReminders(ctx, requireActor(request), request.params.id, request.body),
    });
    app.get('/api/assignments/:id/reminders', {
      schema: {
        tags,
        summary: 'Nhật ký nhắc hạn của một nhiệm vụ, mới nhất trước (bên giao nhiệm vụ)',
        params: IdParamsSchema,
        response: { 200: ReminderLogSchema, ...errors },
      },
      handler: async (request) => ({ items: await service.listReminders(ctx, requireActor(request), request.params.id) }),
    });
  };
