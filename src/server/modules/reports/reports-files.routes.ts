import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../contract/common.js';
import { DocumentFileParamsSchema, FileUploadQuerySchema } from '../../../contract/documents.js';
import { AppError, ErrorBodySchema } from '../../../contract/errors.js';
import { ReportFileSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { acceptFileUploads, MAX_UPLOAD_BYTES } from '../../http/file-upload.js';
import { ATTACHMENT_TYPES } from '../../files/attachments.js';
import { addReportFile, deleteReportFile, getReportFile } from './reports-files.service.js';

const tags = ['Báo cáo'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 422: ErrorBodySchema };
const TYPES = Object.keys(ATTACHMENT_TYPES);

/** Attachments of a report: raw-body upload (content parsers scoped to this plugin), download, removal. */
export const reportFileRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.removeContentTypeParser('text/plain');
    acceptFileUploads(app, TYPES);

    app.post('/api/reports/:id/files', {
      schema: {
        tags,
        summary: 'Đính kèm tệp vào báo cáo',
        description: `Gửi tệp nguyên bản làm nội dung yêu cầu (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB), Content-Type là một trong: ${TYPES.join(', ')}; tên tệp trong tham số name. Chỉ khi báo cáo còn sửa được. Cùng nội dung gửi lại trả về tệp đã có (200).`,
        params: IdParamsSchema,
        querystring: FileUploadQuerySchema,
        response: { 200: ReportFileSchema, 201: ReportFileSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Gửi tệp nguyên bản làm nội dung yêu cầu, với Content-Type là một trong: ${TYPES.join(', ')}`);
        }
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const { file, created } = await addReportFile(ctx, actor, request.params.id, { bytes: request.body, contentType, name: request.query.name });
        return reply.status(created ? 201 : 200).send(file);
      },
    });

    app.get('/api/reports/:id/files/:fileId', {
      schema: { tags, summary: 'Tải tệp kèm báo cáo', params: DocumentFileParamsSchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await getReportFile(ctx, requireActor(request), request.params.id, request.params.fileId)),
    });

    app.delete('/api/reports/:id/files/:fileId', {
      schema: { tags, summary: 'Gỡ tệp khỏi báo cáo (khi báo cáo còn sửa được)', params: DocumentFileParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await deleteReportFile(ctx, requireActor(request), request.params.id, request.params.fileId);
        return { ok: true as const };
      },
    });
  };
