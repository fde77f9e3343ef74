import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, YearSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import {
  CreateRegistrationBodySchema,
  ListRegistrationsQuerySchema,
  RegistrationListSchema,
  RegistrationSchema,
  RegistrationSummarySchema,
  ReviewCommentBodySchema,
  UpdateRegistrationBodySchema,
  VersionBodySchema,
} from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { registrationSummary } from './registrations-summary.service.js';
import * as service from './registrations.service.js';

const tags = ['Đăng ký thi đua'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const registrationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/registrations', {
      schema: {
        tags,
        summary: 'Mở bản đăng ký thi đua của một đơn vị cho phong trào và năm (chưa gửi)',
        description: 'Khi đơn vị đã có bản đăng ký cho phong trào và năm đó, trả về bản đã có (200) thay vì tạo bản mới (201).',
        body: CreateRegistrationBodySchema,
        response: { 200: RegistrationSchema, 201: RegistrationSchema, ...errors },
      },
      handler: async (request, reply) => {
        const { registration, created } = await service.createRegistration(ctx, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(registration);
      },
    });
    app.get('/api/registrations', {
      schema: {
        tags,
        summary: 'Danh sách đăng ký thi đua (của đơn vị trong phạm vi của bạn, hoặc của phong trào bạn phát động)',
        querystring: ListRegistrationsQuerySchema,
        response: { 200: RegistrationListSchema, ...errors },
      },
      handler: async (request) => ({ items: await service.listRegistrations(ctx, requireActor(request), request.query) }),
    });
    app.get('/api/registrations/:id', {
      schema: { tags, summary: 'Một bản đăng ký thi đua', params: IdParamsSchema, response: { 200: RegistrationSchema, ...errors } },
      handler: async (request) => service.getRegistration(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/registrations/:id', {
      schema: {
        tags,
        summary: 'Sửa nội dung cam kết, danh hiệu đăng ký (khi chưa gửi hoặc bị trả lại)',
        params: IdParamsSchema,
        body: UpdateRegistrationBodySchema,
        response: { 200: RegistrationSchema, ...errors },
      },
      handler: async (request) => service.updateRegistration(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/registrations/:id/submit', {
      schema: { tags, summary: 'Gửi bản đăng ký để đơn vị phát động duyệt', params: IdParamsSchema, body: VersionBodySchema, response: { 200: RegistrationSchema, ...errors } },
      handler: async (request) => service.submitRegistration(ctx, requireActor(request), request.params.id, request.body.version),
    });
    app.post('/api/registrations/:id/return', {
      schema: { tags, summary: 'Trả lại bản đăng ký kèm ý kiến để đơn vị bổ sung', params: IdParamsSchema, body: ReviewCommentBodySchema, response: { 200: RegistrationSchema, ...errors } },
      handler: async (request) => service.returnRegistration(ctx, requireActor(request), request.params.id, request.body.version, request.body.comment),
    });
    app.post('/api/registrations/:id/approve', {
      schema: { tags, summary: 'Duyệt bản đăng ký', params: IdParamsSchema, body: VersionBodySchema, response: { 200: RegistrationSchema, ...errors } },
      handler: async (request) => service.approveRegistration(ctx, requireActor(request), request.params.id, request.body.version),
    });
    app.get('/api/movements/:id/registrations/summary', {
      schema: {
        tags,
        summary: 'Tổng hợp đăng ký thi đua của một phong trào trong một năm: trạng thái từng đơn vị, số lượng, danh hiệu đăng ký',
        params: IdParamsSchema,
        querystring: z.object({ year: YearSchema.optional().describe('Năm đăng ký (mặc định năm nay)') }),
        response: { 200: RegistrationSummarySchema, ...errors },
      },
      handler: async (request) => registrationSummary(ctx, requireActor(request), request.params.id, request.query.year),
    });
  };
