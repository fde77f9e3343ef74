import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { ExportQuerySchema, ImportQuerySchema, ImportSummarySchema } from '../../../contract/units.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { acceptFileUploads, sendFile, uploadedFile } from '../../http/file-upload.js';
import * as service from './units-transfer.service.js';

const tags = ['Đơn vị'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const unitTransferRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFileUploads(app);
    app.get('/api/units/export', {
      schema: {
        tags,
        summary: 'Xuất danh sách đơn vị ra tệp Excel hoặc CSV',
        description: 'Mọi đơn vị trong phạm vi (kể cả đã giải thể), đơn vị cấp trên đứng trước. Tệp nhập lại được bằng POST /api/units/import.',
        querystring: ExportQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendFile(reply, await service.exportUnits(ctx, requireActor(request), request.query.format)),
    });
    app.get('/api/units/import-template', {
      schema: { tags, summary: 'Tệp mẫu để nhập đơn vị', querystring: ExportQuerySchema, response: errors },
      handler: async (request, reply) => sendFile(reply, await service.unitImportTemplate(ctx, requireActor(request), request.query.format)),
    });
    app.post('/api/units/import', {
      schema: {
        tags,
        summary: 'Nhập đơn vị từ tệp Excel hoặc CSV',
        description:
          'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB). Cột: Mã đơn vị, Tên đơn vị, Loại, Mã đơn vị cấp trên. ' +
          'Mã mới thì thêm, mã đã có trong phạm vi thì sửa tên, loại, cấp trên. Có dòng lỗi thì không ghi gì, lỗi trả về theo từng dòng trong error.details.',
        querystring: ImportQuerySchema,
        response: { 200: ImportSummarySchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const file = uploadedFile(request.body, request.headers['content-type'], request.query.format);
        return service.importUnits(ctx, actor, file, { dryRun: request.query.dryRun });
      },
    });
  };
