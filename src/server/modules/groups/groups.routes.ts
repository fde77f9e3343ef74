import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, VersionSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { CreateGroupBodySchema, GroupListSchema, GroupSchema, ListGroupsQuerySchema, UpdateGroupBodySchema } from '../../../contract/groups.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './groups.service.js';

const tags = ['Cụm, khối thi đua'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const groupRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/groups', {
      schema: { tags, summary: 'Danh sách cụm, khối thi đua', querystring: ListGroupsQuerySchema, response: { 200: GroupListSchema, ...errors } },
      handler: async (request) => ({ items: await service.listGroups(ctx, requireActor(request), request.query) }),
    });
    app.post('/api/groups', {
      schema: { tags, summary: 'Thêm cụm, khối thi đua', body: CreateGroupBodySchema, response: { 201: GroupSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createGroup(ctx, requireActor(request), request.body)),
    });
    app.get('/api/groups/:id', {
      schema: { tags, summary: 'Một cụm, khối', params: IdParamsSchema, response: { 200: GroupSchema, ...errors } },
      handler: async (request) => service.getGroup(ctx, requireActor(request), request.params.id),
    });
    app.put('/api/groups/:id', {
      schema: { tags, summary: 'Sửa cụm, khối (thay toàn bộ)', params: IdParamsSchema, body: UpdateGroupBodySchema, response: { 200: GroupSchema, ...errors } },
      handler: async (request) => service.updateGroup(ctx, requireActor(request), request.params.id, request.body),
    });
    app.delete('/api/groups/:id', {
      schema: { tags, summary: 'Xóa cụm, khối', params: IdParamsSchema, querystring: z.object({ version: z.coerce.number().pipe(VersionSchema) }), response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteGroup(ctx, requireActor(request), request.params.id, request.query.version);
        return { ok: true as const };
      },
    });
  };
