import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddCouncilMemberBodySchema,
  CouncilAccountListSchema,
  CouncilAccountQuerySchema,
  CouncilListSchema,
  CouncilMemberSchema,
  CouncilSchema,
  CreateCouncilBodySchema,
  UpdateCouncilBodySchema,
  UpdateCouncilMemberBodySchema,
} from '../../../contract/councils.js';
import { IdParamsSchema, IdSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { councilSessionRoutes } from './council-sessions.routes.js';
import * as service from './councils.service.js';

const tags = ['Hội đồng thi đua, khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const MemberParamsSchema = z.object({ id: IdSchema, memberId: IdSchema });

/** Councils, their members and thresholds; the sessions of a council are registered with them. */
export const councilRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/councils', {
      schema: { tags, summary: 'Các Hội đồng Thi đua – Khen thưởng trong phạm vi và các hội đồng bạn là thành viên', response: { 200: CouncilListSchema, ...errors } },
      handler: async (request) => service.listCouncils(ctx, requireActor(request)),
    });
    app.post('/api/councils', {
      schema: { tags, summary: 'Thành lập Hội đồng Thi đua – Khen thưởng của một đơn vị (mỗi đơn vị một hội đồng)', body: CreateCouncilBodySchema, response: { 201: CouncilSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createCouncil(ctx, requireActor(request), request.body)),
    });
    app.get('/api/councils/:id', {
      schema: { tags, summary: 'Một hội đồng: thành viên và tỷ lệ biểu quyết của từng hình thức (kể cả mặc định)', params: IdParamsSchema, response: { 200: CouncilSchema, ...errors } },
      handler: async (request) => service.getCouncil(ctx, requireActor(request), request.params.id),
    });
    app.get('/api/councils/:id/accounts', {
      schema: {
        tags,
        summary: 'Tài khoản có thể gắn cho thành viên hội đồng (làm việc trong đơn vị của hội đồng hoặc phụ trách nó), tìm theo tên',
        params: IdParamsSchema,
        querystring: CouncilAccountQuerySchema,
        response: { 200: CouncilAccountListSchema, ...errors },
      },
      handler: async (request) => service.listCouncilAccounts(ctx, requireActor(request), request.params.id, request.query.q),
    });
    app.patch('/api/councils/:id', {
      schema: { tags, summary: 'Sửa tên, tỷ lệ tối thiểu có mặt, tỷ lệ biểu quyết riêng của hội đồng', params: IdParamsSchema, body: UpdateCouncilBodySchema, response: { 200: CouncilSchema, ...errors } },
      handler: async (request) => service.updateCouncil(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/councils/:id/members', {
      schema: { tags, summary: 'Thêm thành viên hội đồng', params: IdParamsSchema, body: AddCouncilMemberBodySchema, response: { 201: CouncilMemberSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.addMember(ctx, requireActor(request), request.params.id, request.body)),
    });
    app.patch('/api/councils/:id/members/:memberId', {
      schema: {
        tags,
        summary: 'Sửa thành viên hội đồng, hoặc cho thôi (active = false)',
        description: 'Thành viên không bị xóa vì các phiếu đã bỏ vẫn gắn với họ.',
        params: MemberParamsSchema,
        body: UpdateCouncilMemberBodySchema,
        response: { 200: CouncilMemberSchema, ...errors },
      },
      handler: async (request) => service.updateMember(ctx, requireActor(request), request.params.id, request.params.memberId, request.body),
    });
    await app.register(councilSessionRoutes(ctx));
  };
