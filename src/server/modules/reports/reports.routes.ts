import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import {
  CreateReportBodySchema,
  ListReportsQuerySchema,
  ReopenReportBodySchema,
  ReportListSchema,
  ReportSchema,
  ReturnReportBodySchema,
  SaveReportBodySchema,
  VersionBodySchema,
} from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './reports.service.js';

const tags = ['Báo cáo'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 422: ErrorBodySchema };

const SubmitHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Khóa chống gửi trùng: gửi lại cùng khóa sau khi đã gửi thành công chỉ trả về báo cáo, không gửi thêm lần nữa'),
});

export const reportRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/reports', {
      schema: {
        tags,
        summary: 'Mở báo cáo của một đơn vị cho một nhiệm vụ (tạo bản nháp, hoặc trả về báo cáo đã có)',
        description: 'Mỗi đơn vị một báo cáo cho mỗi nhiệm vụ và kỳ: gọi lại trả về báo cáo đã có (200). Quá ngày khóa sổ chỉ bên giao nhiệm vụ tạo được (422).',
        body: CreateReportBodySchema,
        response: { 200: ReportSchema, 201: ReportSchema, ...errors },
      },
      handler: async (request, reply) => {
        const { report, created } = await service.createReport(ctx, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(report);
      },
    });
    app.get('/api/reports', {
      schema: {
        tags,
        summary: 'Danh sách báo cáo: của các đơn vị trong phạm vi của bạn và của các nhiệm vụ bạn giao',
        querystring: ListReportsQuerySchema,
        response: { 200: ReportListSchema, ...errors },
      },
      handler: async (request) => ({ items: await service.listReports(ctx, requireActor(request), request.query) }),
    });
    app.get('/api/reports/:id', {
      schema: { tags, summary: 'Một báo cáo: biểu mẫu, số liệu, kết quả kiểm tra, tệp, diễn biến', params: IdParamsSchema, response: { 200: ReportSchema, ...errors } },
      handler: async (request) => service.getReport(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/reports/:id', {
      schema: {
        tags,
        summary: 'Lưu báo cáo (tự động lưu): thay toàn bộ số liệu, nội dung, danh sách tiêu biểu, giải trình',
        description: 'Chỉ khi báo cáo là bản nháp hoặc bị trả lại (409 nếu đã gửi, đã tiếp nhận), chưa quá ngày khóa sổ trừ khi được mở lại (422).',
        params: IdParamsSchema,
        body: SaveReportBodySchema,
        response: { 200: ReportSchema, ...errors },
      },
      handler: async (request) => service.saveReport(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/reports/:id/submit', {
      schema: {
        tags,
        summary: 'Gửi báo cáo',
        description: 'Gửi trễ hạn vẫn được nhận (số ngày trễ hiển thị trên báo cáo). Lỗi số liệu, cảnh báo chưa giải trình, mục bắt buộc còn trống, thiếu tệp kèm: 400.',
        params: IdParamsSchema,
        headers: SubmitHeadersSchema,
        body: VersionBodySchema,
        response: { 200: ReportSchema, ...errors },
      },
      handler: async (request) =>
        service.submitReport(ctx, requireActor(request), request.params.id, request.body.version, request.headers['idempotency-key'] ?? null),
    });
    app.post('/api/reports/:id/return', {
      schema: { tags, summary: 'Trả lại báo cáo để đơn vị bổ sung (bên giao nhiệm vụ)', params: IdParamsSchema, body: ReturnReportBodySchema, response: { 200: ReportSchema, ...errors } },
      handler: async (request) => service.returnReport(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/reports/:id/accept', {
      schema: { tags, summary: 'Tiếp nhận báo cáo (bên giao nhiệm vụ)', params: IdParamsSchema, body: VersionBodySchema, response: { 200: ReportSchema, ...errors } },
      handler: async (request) => service.acceptReport(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/reports/:id/reopen', {
      schema: {
        tags,
        summary: 'Mở lại báo cáo (bên giao nhiệm vụ): báo cáo đã tiếp nhận, hoặc đã quá ngày khóa sổ',
        params: IdParamsSchema,
        body: ReopenReportBodySchema,
        response: { 200: ReportSchema, ...errors },
      },
      handler: async (request) => service.reopenReport(ctx, requireActor(request), request.params.id, request.body),
    });
  };
