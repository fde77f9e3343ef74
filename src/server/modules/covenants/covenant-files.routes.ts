import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import { CriteriaImportQuerySchema, CriteriaImportSummarySchema } from '../../../contract/covenants.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { acceptFileUploads, uploadedFile } from '../../http/file-upload.js';
import * as service from './covenant-files.service.js';

const tags = ['Giao ước thi đua cụm, khối'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const covenantFileRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFileUploads(app);
    app.get('/api/covenants/:id/criteria.xlsx', {
      schema: { tags, summary: 'Tải bảng tiêu chí của giao ước (Excel)', params: IdParamsSchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await service.criteriaXlsx(ctx, requireActor(request), request.params.id)),
    });
    app.post('/api/covenants/:id/criteria/import', {
      schema: {
        tags,
        summary: 'Nhập bảng tiêu chí từ tệp Excel hoặc CSV, thay toàn bộ bảng (chỉ khi còn dự thảo)',
        description:
          'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB), cùng các cột như tệp tải về: Mã, Nội dung, Loại (Nhóm nội dung / Tiêu chí / Điểm thưởng / Điểm trừ), ' +
          'Điểm tối đa, Cần minh chứng (Có / Không, x hoặc để trống). Có dòng lỗi hoặc điểm tối đa của nhóm khác tổng các tiêu chí thì không ghi gì, ' +
          'lỗi trả về theo từng dòng trong error.details.',
        params: IdParamsSchema,
        querystring: CriteriaImportQuerySchema,
        response: { 200: CriteriaImportSummarySchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const file = uploadedFile(request.body, request.headers['content-type'], request.query.format);
        return service.importCriteria(ctx, actor, request.params.id, file, { dryRun: request.query.dryRun, version: request.query.version });
      },
    });
    app.get('/api/covenants/:id/scores.xlsx', {
      schema: {
        tags,
        summary: 'Tải bảng tổng hợp điểm, xếp hạng và các lần điều chỉnh (Excel; thành viên xem được sau khi khóa chấm điểm)',
        params: IdParamsSchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await service.scoresXlsx(ctx, requireActor(request), request.params.id)),
    });
    app.get('/api/covenants/:id/minutes.docx', {
      schema: {
        tags,
        summary: 'Tải biên bản hội nghị tổng kết cụm, khối thi đua (Word, thể thức Nghị định 30/2020) sau khi khóa chấm điểm',
        params: IdParamsSchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await service.minutesDocx(ctx, requireActor(request), request.params.id)),
    });
  };
