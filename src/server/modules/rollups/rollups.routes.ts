import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { DocumentSchema } from '../../../contract/documents.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { BoardQuerySchema, BoardSchema, DashboardSchema, RollupQuerySchema, RollupSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { getBoard } from './board.service.js';
import { consolidatedReportDocx, createConsolidatedReport } from './consolidated.service.js';
import { getDashboard } from './dashboard.service.js';
import { exportRollupXlsx, exportValuesXlsx } from './exports.service.js';
import { getRollup } from './rollup.service.js';

const tags = ['Theo dõi, tổng hợp báo cáo'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const rollupRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/assignments/:id/board', {
      schema: {
        tags,
        summary: 'Bảng theo dõi: trạng thái báo cáo của từng đơn vị được giao, tỷ lệ đầy đủ và đúng hạn',
        description: 'Bên giao nhiệm vụ và lãnh đạo cấp giao (quyền xem báo cáo) được xem. Bộ lọc áp dụng cho cả danh sách và các số tổng hợp.',
        params: IdParamsSchema,
        querystring: BoardQuerySchema,
        response: { 200: BoardSchema, ...errors },
      },
      handler: async (request) => getBoard(ctx, requireActor(request), request.params.id, request.query),
    });
    app.get('/api/assignments/:id/rollup', {
      schema: {
        tags,
        summary: 'Bảng tổng hợp số liệu theo cây đơn vị và theo cụm, khối thi đua, tính trực tiếp từ các báo cáo',
        description:
          'Mặc định chỉ tính báo cáo đã tiếp nhận, theo địa giới hành chính ngày hôm nay: số liệu của đơn vị đã sáp nhập được tính vào đơn vị kế thừa từ ngày sáp nhập.',
        params: IdParamsSchema,
        querystring: RollupQuerySchema,
        response: { 200: RollupSchema, ...errors },
      },
      handler: async (request) => getRollup(ctx, requireActor(request), request.params.id, request.query),
    });
    app.get('/api/assignments/:id/dashboard', {
      schema: {
        tags,
        summary: 'Bảng điều khiển: tiến độ báo cáo, kết quả các chỉ tiêu so với mục tiêu, đơn vị chậm báo cáo',
        params: IdParamsSchema,
        response: { 200: DashboardSchema, ...errors },
      },
      handler: async (request) => getDashboard(ctx, requireActor(request), request.params.id),
    });
    app.get('/api/assignments/:id/rollup.xlsx', {
      schema: {
        tags,
        summary: 'Tải bảng tổng hợp số liệu (Excel): cây đơn vị và mỗi cụm, khối một trang (bên giao nhiệm vụ)',
        params: IdParamsSchema,
        querystring: RollupQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await exportRollupXlsx(ctx, requireActor(request), request.params.id, request.query)),
    });
    app.get('/api/assignments/:id/values.xlsx', {
      schema: {
        tags,
        summary: 'Tải số liệu chi tiết (Excel): mỗi dòng một đơn vị và một chỉ tiêu (bên giao nhiệm vụ)',
        params: IdParamsSchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await exportValuesXlsx(ctx, requireActor(request), request.params.id)),
    });
    app.get('/api/assignments/:id/consolidated.docx', {
      schema: {
        tags,
        summary: 'Tải dự thảo báo cáo tổng hợp (Word, thể thức Nghị định 30/2020) soạn từ số liệu và báo cáo của các đơn vị',
        params: IdParamsSchema,
        querystring: RollupQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await consolidatedReportDocx(ctx, requireActor(request), request.params.id, request.query)),
    });
    app.post('/api/assignments/:id/consolidated-report', {
      schema: {
        tags,
        summary: 'Lập dự thảo báo cáo tổng hợp trong sổ văn bản đi của đơn vị giao nhiệm vụ, để sửa và ban hành',
        params: IdParamsSchema,
        querystring: RollupQuerySchema,
        response: { 201: DocumentSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await createConsolidatedReport(ctx, requireActor(request), request.params.id, request.query)),
    });
  };
