import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { ExportQuerySchema, ImportQuerySchema, ImportSummarySchema } from '../../../contract/units.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { acceptFileUploads, sendFile, uploadedFile } from '../../http/file-upload.js';
import * as service from './people-transfer.service.js';

const tags = ['Cá nhân'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const peopleTransferRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFileUploads(app);
    app.get('/api/people/export', {
      schema: { tags, summary: 'Xuất danh sách cá nhân ra tệp Excel hoặc CSV', querystring: ExportQuerySchema, response: errors },
      handler: async (request, reply) => sendFile(reply, await service.exportPeople(ctx, requireActor(request), request.query.format)),
    });
    app.get('/api/people/import-template', {
      schema: { tags, summary: 'Tệp mẫu để nhập cá nhân', querystring: ExportQuerySchema, response: errors },
      handler: async (request, reply) => sendFile(reply, await service.peopleImportTemplate(ctx, requireActor(request), request.query.format)),
    });
    app.post('/api/people/import', {
      schema: {
        tags,
        summary: 'Nhập cá nhân từ tệp Excel hoặc CSV',
        description:
          'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB). Cột: Họ và tên, Giới tính (Nam/Nữ), Năm sinh, Mã đơn vị, Chức vụ. ' +
          'Có dòng lỗi thì không ghi gì, lỗi trả về theo từng dòng trong error.details.',
        querystring: ImportQuerySchema,
        response: { 200: ImportSummarySchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const file = uploadedFile(request.body, request.headers['content-type'], request.query.format);
        return service.importPeople(ctx, actor, file, { dryRun: request.query.dryRun });
      },
    });
  };
