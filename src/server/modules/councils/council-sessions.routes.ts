import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CastVotesBodySchema,
  CloseSessionBodySchema,
  CreateSessionBodySchema,
  ListSessionsQuerySchema,
  OpenSessionBodySchema,
  SessionListSchema,
  SessionSchema,
  UpdateSessionBodySchema,
} from '../../../contract/councils.js';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { sessionMinutesDocx } from './council-minutes.service.js';
import * as service from './council-sessions.service.js';
import { castVotes } from './council-votes.service.js';

const tags = ['Hội đồng thi đua, khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const councilSessionRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/council-sessions', {
      schema: { tags, summary: 'Danh sách phiên họp xét của các hội đồng trong phạm vi (mới nhất trước)', querystring: ListSessionsQuerySchema, response: { 200: SessionListSchema, ...errors } },
      handler: async (request) => service.listSessions(ctx, requireActor(request), request.query),
    });
    app.post('/api/councils/:id/sessions', {
      schema: {
        tags,
        summary: 'Lên lịch phiên họp xét với các đề nghị đưa ra xét',
        description: 'Đề nghị đã gửi chuyển sang đang thẩm định; mỗi đề nghị chỉ nằm trong một phiên họp chưa kết thúc. Tỷ lệ biểu quyết và thành viên cùng đơn vị được ghi nhận cho từng đề nghị.',
        params: IdParamsSchema,
        body: CreateSessionBodySchema,
        response: { 201: SessionSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await service.createSession(ctx, requireActor(request), request.params.id, request.body)),
    });
    app.get('/api/council-sessions/:id', {
      schema: {
        tags,
        summary: 'Một phiên họp: điểm danh, các đề nghị, số phiếu đã nhận, kết quả khi đã kết thúc',
        description: 'Khi đang họp, không ai thấy lựa chọn của người khác (chỉ số phiếu đã nhận và phiếu của chính mình). Với bỏ phiếu kín, không bao giờ cho biết ai chọn gì.',
        params: IdParamsSchema,
        response: { 200: SessionSchema, ...errors },
      },
      handler: async (request) => service.getSession(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/council-sessions/:id', {
      schema: { tags, summary: 'Sửa phiên họp chưa khai mạc (tên, ngày, địa điểm, đề nghị đưa ra xét)', params: IdParamsSchema, body: UpdateSessionBodySchema, response: { 200: SessionSchema, ...errors } },
      handler: async (request) => service.updateSession(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/council-sessions/:id/open', {
      schema: {
        tags,
        summary: 'Khai mạc: điểm danh và kiểm tra số thành viên tối thiểu',
        description: 'Điểm danh mọi thành viên đang hoạt động đúng một lần; không đủ số thành viên tối thiểu (mặc định 2/3) thì không khai mạc được (409).',
        params: IdParamsSchema,
        body: OpenSessionBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
      handler: async (request) => service.openSession(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/council-sessions/:id/votes', {
      schema: {
        tags,
        summary: 'Bỏ phiếu (thành viên có mặt) hoặc ghi phiếu bằng văn bản của thành viên vắng mặt (thư ký)',
        description: 'Phiếu được sửa đến khi kết thúc phiên họp.',
        params: IdParamsSchema,
        body: CastVotesBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
      handler: async (request) => castVotes(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/council-sessions/:id/close', {
      schema: {
        tags,
        summary: 'Kết thúc phiên họp: kiểm phiếu, lưu kết quả; sau đó không sửa được',
        params: IdParamsSchema,
        body: CloseSessionBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
      handler: async (request) => service.closeSession(ctx, requireActor(request), request.params.id, request.body),
    });
    app.get('/api/council-sessions/:id/minutes.docx', {
      schema: { tags, summary: 'Tải biên bản họp xét (Word, thể thức Nghị định 30/2020) của phiên họp đã kết thúc', params: IdParamsSchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await sessionMinutesDocx(ctx, requireActor(request), request.params.id)),
    });
  };
