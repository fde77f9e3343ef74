import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { CreatePersonBodySchema, ListPeopleQuerySchema, PersonPageSchema, PersonSchema, UpdatePersonBodySchema } from '../../../contract/people.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './people.service.js';

const tags = ['Cá nhân'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const peopleRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/people', {
      schema: { tags, summary: 'Danh sách cá nhân', querystring: ListPeopleQuerySchema, response: { 200: PersonPageSchema, ...errors } },
      handler: async (request) => service.listPeople(ctx, requireActor(request), request.query),
    });
    app.post('/api/people', {
      schema: { tags, summary: 'Thêm cá nhân', body: CreatePersonBodySchema, response: { 201: PersonSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createPerson(ctx, requireActor(request), request.body)),
    });
    app.get('/api/people/:id', {
      schema: { tags, summary: 'Một cá nhân', params: IdParamsSchema, response: { 200: PersonSchema, ...errors } },
      handler: async (request) => service.getPerson(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/people/:id', {
      schema: { tags, summary: 'Sửa thông tin cá nhân', params: IdParamsSchema, body: UpdatePersonBodySchema, response: { 200: PersonSchema, ...errors } },
      handler: async (request) => service.updatePerson(ctx, requireActor(request), request.params.id, request.body),
    });
  };
