import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, VersionSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import {
  CreateIndicatorBodySchema,
  CreateMovementBodySchema,
  IndicatorSchema,
  IndicatorsFromDocumentBodySchema,
  ListMovementsQuerySchema,
  MovementListSchema,
  MovementSchema,
  UpdateIndicatorBodySchema,
  UpdateMovementBodySchema,
} from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as indicators from './indicators.service.js';
import * as service from './movements.service.js';

const tags = ['Phong trào thi đua'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const movementRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/movements', {
      schema: {
        tags,
        summary: 'Danh sách phong trào thi đua bạn xem được (phát động trong phạm vi của bạn, bởi cấp trên, hoặc có đơn vị của bạn tham gia)',
        querystring: ListMovementsQuerySchema,
        response: { 200: MovementListSchema, ...errors },
      },
      handler: async (request) => ({ items: await service.listMovements(ctx, requireActor(request), request.query) }),
    });
    app.post('/api/movements', {
      schema: { tags, summary: 'Phát động phong trào thi đua', body: CreateMovementBodySchema, response: { 201: MovementSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createMovement(ctx, requireActor(request), request.body)),
    });
    app.get('/api/movements/:id', {
      schema: { tags, summary: 'Một phong trào và các chỉ tiêu của nó', params: IdParamsSchema, response: { 200: MovementSchema, ...errors } },
      handler: async (request) => service.getMovement(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/movements/:id', {
      schema: {
        tags,
        summary: 'Sửa phong trào (thay toàn bộ các trường và danh sách văn bản căn cứ, đơn vị, cụm khối tham gia)',
        params: IdParamsSchema,
        body: UpdateMovementBodySchema,
        response: { 200: MovementSchema, ...errors },
      },
      handler: async (request) => service.updateMovement(ctx, requireActor(request), request.params.id, request.body),
    });

    app.post('/api/movements/:id/indicators', {
      schema: { tags, summary: 'Thêm chỉ tiêu cho phong trào', params: IdParamsSchema, body: CreateIndicatorBodySchema, response: { 201: IndicatorSchema, ...errors } },
      handler: async (request, reply) =>
        reply.status(201).send(await indicators.createIndicator(ctx, requireActor(request), request.params.id, request.body)),
    });
    app.post('/api/movements/:id/indicators/from-document', {
      schema: {
        tags,
        summary: 'Lấy chỉ tiêu từ kết quả đọc một văn bản (bỏ qua mã chỉ tiêu đã có)',
        params: IdParamsSchema,
        body: IndicatorsFromDocumentBodySchema,
        response: { 200: MovementSchema, ...errors },
      },
      handler: async (request) => indicators.indicatorsFromDocument(ctx, requireActor(request), request.params.id, request.body.documentId),
    });
    app.patch('/api/indicators/:id', {
      schema: { tags, summary: 'Sửa chỉ tiêu (thay toàn bộ)', params: IdParamsSchema, body: UpdateIndicatorBodySchema, response: { 200: IndicatorSchema, ...errors } },
      handler: async (request) => indicators.updateIndicator(ctx, requireActor(request), request.params.id, request.body),
    });
    app.delete('/api/indicators/:id', {
      schema: {
        tags,
        summary: 'Xóa chỉ tiêu chưa có số liệu báo cáo',
        params: IdParamsSchema,
        querystring: z.object({ version: z.coerce.number().pipe(VersionSchema) }),
        response: { 200: OkSchema, ...errors },
      },
      handler: async (request) => {
        await indicators.deleteIndicator(ctx, requireActor(request), request.params.id, request.query.version);
        return { ok: true as const };
      },
    });
  };
