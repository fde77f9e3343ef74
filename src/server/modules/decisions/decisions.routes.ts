import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, VersionSchema } from '../../../contract/common.js';
import {
  CertificateQuerySchema,
  DecisionPageSchema,
  DecisionSchema,
  DraftDecisionBodySchema,
  IssueDecisionBodySchema,
  ListDecisionsQuerySchema,
  RecordPastDecisionBodySchema,
} from '../../../contract/decisions.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { certificatesDocx, certificatesPdf } from './certificates.service.js';
import { issueDecision } from './decisions-issue.service.js';
import { recordPastDecision } from './decisions-past.service.js';
import * as service from './decisions.service.js';

const tags = ['Quyết định khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const decisionRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/decisions', {
      schema: {
        tags,
        summary: 'Dự thảo quyết định khen thưởng từ các đề nghị đã được duyệt',
        description:
          'Tạo văn bản "Quyết định" dự thảo trong sổ của đơn vị (căn cứ, Điều 1 danh sách và tiền thưởng, Điều 2, Điều 3) và danh sách người được khen; ' +
          'tiền thưởng = hệ số × mức lương cơ sở hôm nay, tính lại khi ban hành.',
        body: DraftDecisionBodySchema,
        response: { 201: DecisionSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await service.draftDecision(ctx, requireActor(request), request.body)),
    });
    app.post('/api/decisions/past', {
      schema: {
        tags,
        summary: 'Nhập một quyết định cũ (từ giấy) cùng danh sách được khen trong một lần',
        description: 'Ghi quyết định, người được khen và lịch sử khen thưởng; không tạo văn bản, không chi quỹ.',
        body: RecordPastDecisionBodySchema,
        response: { 201: DecisionSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await recordPastDecision(ctx, requireActor(request), request.body)),
    });
    app.get('/api/decisions', {
      schema: { tags, summary: 'Các quyết định khen thưởng của đơn vị trong phạm vi của bạn', querystring: ListDecisionsQuerySchema, response: { 200: DecisionPageSchema, ...errors } },
      handler: async (request) => service.listDecisions(ctx, requireActor(request), request.query),
    });
    app.get('/api/decisions/:id', {
      schema: { tags, summary: 'Một quyết định khen thưởng và danh sách được khen', params: IdParamsSchema, response: { 200: DecisionSchema, ...errors } },
      handler: async (request) => service.getDecision(ctx, requireActor(request), request.params.id),
    });
    app.delete('/api/decisions/:id', {
      schema: {
        tags,
        summary: 'Xóa quyết định dự thảo (cùng văn bản dự thảo của nó)',
        params: IdParamsSchema,
        querystring: z.object({ version: z.coerce.number().pipe(VersionSchema).optional() }),
        response: { 200: OkSchema, ...errors },
      },
      handler: async (request) => {
        await service.deleteDecision(ctx, requireActor(request), request.params.id, request.query.version);
        return { ok: true as const };
      },
    });
    app.post('/api/decisions/:id/issue', {
      schema: {
        tags,
        summary: 'Ban hành quyết định: cấp số theo sổ văn bản đi, ghi lịch sử khen thưởng, chi quỹ',
        description:
          'Một giao dịch: cấp số, tính lại tiền thưởng theo mức lương cơ sở ngày ban hành, ghi lịch sử khen thưởng từng người, ' +
          'chuyển các đề nghị sang "đã có quyết định", ghi các khoản chi của quỹ thi đua, khen thưởng.',
        params: IdParamsSchema,
        body: IssueDecisionBodySchema,
        response: { 200: DecisionSchema, ...errors },
      },
      handler: async (request) => issueDecision(ctx, requireActor(request), request.params.id, request.body),
    });
    app.get('/api/decisions/:id/certificates.docx', {
      schema: {
        tags,
        summary: 'Giấy khen dạng Word: khổ A4 ngang, mỗi người một trang',
        params: IdParamsSchema,
        querystring: CertificateQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await certificatesDocx(ctx, requireActor(request), request.params.id, request.query)),
    });
    app.get('/api/decisions/:id/certificates.pdf', {
      schema: {
        tags,
        summary: 'Giấy khen dạng PDF, hoặc in lên phôi đã căn chỉnh (layoutId)',
        description: 'Cần LibreOffice trên máy chủ; không có thì trả 409.',
        params: IdParamsSchema,
        querystring: CertificateQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await certificatesPdf(ctx, requireActor(request), request.params.id, request.query)),
    });
  };
