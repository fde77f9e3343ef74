import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import {
  CloseUnitBodySchema,
  CreateUnitBodySchema,
  ListUnitsQuerySchema,
  UnitLineageSchema,
  UnitPageSchema,
  UnitPathSchema,
  UnitSchema,
  UpdateUnitBodySchema,
} from '../../../contract/units.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './units.service.js';

const tags = ['Đơn vị'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const unitRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/units', {
      schema: { tags, summary: 'Danh sách đơn vị (tìm kiếm không dấu, sắp xếp tiếng Việt)', querystring: ListUnitsQuerySchema, response: { 200: UnitPageSchema, ...errors } },
      handler: async (request) => service.listUnits(ctx, requireActor(request), request.query),
    });
    app.post('/api/units', {
      schema: { tags, summary: 'Thêm đơn vị', body: CreateUnitBodySchema, response: { 201: UnitSchema, ...errors } },
      handler: async (request, reply) => {
        const unit = await service.createUnit(ctx, requireActor(request), request.body);
        return reply.status(201).send(unit);
      },
    });
    app.get('/api/units/:id', {
      schema: { tags, summary: 'Một đơn vị', params: IdParamsSchema, response: { 200: UnitSchema, ...errors } },
      handler: async (request) => service.getUnit(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/units/:id', {
      schema: { tags, summary: 'Sửa hoặc chuyển đơn vị', params: IdParamsSchema, body: UpdateUnitBodySchema, response: { 200: UnitSchema, ...errors } },
      handler: async (request) => service.updateUnit(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/units/:id/close', {
      schema: { tags, summary: 'Giải thể, sáp nhập, chia tách đơn vị', params: IdParamsSchema, body: CloseUnitBodySchema, response: { 200: UnitSchema, ...errors } },
      handler: async (request) => service.closeUnit(ctx, requireActor(request), request.params.id, request.body),
    });
    app.get('/api/units/:id/lineage', {
      schema: { tags, summary: 'Nguồn gốc và đơn vị kế thừa', params: IdParamsSchema, response: { 200: UnitLineageSchema, ...errors } },
      handler: async (request) => service.getLineage(ctx, requireActor(request), request.params.id),
    });
    app.get('/api/units/:id/path', {
      schema: { tags, summary: 'Chuỗi đơn vị cấp trên trong phạm vi của người dùng', params: IdParamsSchema, response: { 200: UnitPathSchema, ...errors } },
      handler: async (request) => service.getUnitPath(ctx, requireActor(request), request.params.id),
    });
  };
