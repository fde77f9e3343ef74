import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { CreateUserBodySchema, UpdateUserBodySchema, UserListSchema, UserSchema } from '../../../contract/users.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './users.service.js';

const tags = ['Người dùng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const userRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/users', {
      schema: { tags, summary: 'Danh sách người dùng trong phạm vi', response: { 200: UserListSchema, ...errors } },
      handler: async (request) => ({ items: await service.listUsers(ctx, requireActor(request)) }),
    });
    app.post('/api/users', {
      schema: { tags, summary: 'Tạo người dùng', body: CreateUserBodySchema, response: { 201: UserSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createUser(ctx, requireActor(request), request.body)),
    });
    app.get('/api/users/:id', {
      schema: { tags, summary: 'Một người dùng', params: IdParamsSchema, response: { 200: UserSchema, ...errors } },
      handler: async (request) => service.getUser(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/users/:id', {
      schema: { tags, summary: 'Sửa người dùng, khóa, đặt lại mật khẩu', params: IdParamsSchema, body: UpdateUserBodySchema, response: { 200: UserSchema, ...errors } },
      handler: async (request) => service.updateUser(ctx, requireActor(request), request.params.id, request.body),
    });
  };
