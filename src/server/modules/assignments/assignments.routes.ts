import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { AssignmentListSchema, AssignmentSchema, CreateAssignmentBodySchema, ListAssignmentsQuerySchema } from '../../../contract/documents.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { UpdateAssignmentBodySchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './assignments.service.js';

const tags = ['Nhiệm vụ'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const assignmentRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/documents/:id/assignments', {
      schema: {
        tags,
        summary: 'Giao nhiệm vụ từ một văn bản cho các đơn vị (mặc định: các đơn vị nhận văn bản)',
        params: IdParamsSchema,
        body: CreateAssignmentBodySchema,
        response: { 201: AssignmentSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await service.createAssignment(ctx, requireActor(request), request.params.id, request.body)),
    });
    app.get('/api/assignments', {
      schema: { tags, summary: 'Danh sách nhiệm vụ trong phạm vi của bạn', querystring: ListAssignmentsQuerySchema, response: { 200: AssignmentListSchema, ...errors } },
      handler: async (request) => ({ items: await service.listAssignments(ctx, requireActor(request), request.query) }),
    });
    app.get('/api/assignments/:id', {
      schema: { tags, summary: 'Một nhiệm vụ và mẫu báo cáo của nó', params: IdParamsSchema, response: { 200: AssignmentSchema, ...errors } },
      handler: async (request) => service.getAssignment(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/assignments/:id', {
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ: hạn, ngày khóa, phong trào, kỳ, mẫu báo cáo (bên giao nhiệm vụ)',
        params: IdParamsSchema,
        body: UpdateAssignmentBodySchema,
        response: { 200: AssignmentSchema, ...errors },
      },
      handler: async (request) => service.updateAssignment(ctx, requireActor(request), request.params.id, request.body),
    });
  };
