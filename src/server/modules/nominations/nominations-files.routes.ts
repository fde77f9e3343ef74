import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema } from '../../../contract/common.js';
import { DocumentFileParamsSchema, FileUploadQuerySchema } from '../../../contract/documents.js';
import { AppError, ErrorBodySchema } from '../../../contract/errors.js';
import { NominationFileSchema } from '../../../contract/nominations.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { acceptFileUploads, MAX_UPLOAD_BYTES } from '../../http/file-upload.js';
import { ATTACHMENT_TYPES } from '../../files/attachments.js';
import * as service from './nominations-files.service.js';

const tags = ['Đề nghị khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const TYPES = Object.keys(ATTACHMENT_TYPES);

/** Hồ sơ kèm theo: raw-body upload (content parsers scoped to this plugin), list, download, removal. */
export const nominationFileRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.removeContentTypeParser('text/plain');
    acceptFileUploads(app, TYPES);

    app.post('/api/nominations/:id/files', {
      schema: {
        tags,
        summary: 'Đính kèm tệp vào hồ sơ đề nghị',
        description: `Gửi tệp nguyên bản làm nội dung yêu cầu (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB), Content-Type là một trong: ${TYPES.join(', ')}; tên tệp trong tham số name. Chỉ khi đề nghị còn nháp. Cùng nội dung gửi lại trả về tệp đã có (200).`,
        params: IdParamsSchema,
        querystring: FileUploadQuerySchema,
        response: { 200: NominationFileSchema, 201: NominationFileSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Gửi tệp nguyên bản làm nội dung yêu cầu, với Content-Type là một trong: ${TYPES.join(', ')}`);
        }
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const { file, created } = await service.addNominationFile(ctx, actor, request.params.id, { bytes: request.body, contentType, name: request.query.name });
        return reply.status(created ? 201 : 200).send(file);
      },
    });

    app.get('/api/nominations/:id/files', {
      schema: { tags, summary: 'Các tệp kèm hồ sơ đề nghị', params: IdParamsSchema, response: { 200: z.object({ items: z.array(NominationFileSchema) }), ...errors } },
      handler: async (request) => ({ items: await service.listNominationFiles(ctx, requireActor(request), request.params.id) }),
    });

    app.get('/api/nominations/:id/files/:fileId', {
      schema: { tags, summary: 'Tải tệp kèm hồ sơ đề nghị', params: DocumentFileParamsSchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await service.getNominationFile(ctx, requireActor(request), request.params.id, request.params.fileId)),
    });

    app.delete('/api/nominations/:id/files/:fileId', {
      schema: { tags, summary: 'Gỡ tệp khỏi hồ sơ đề nghị (khi còn nháp)', params: DocumentFileParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteNominationFile(ctx, requireActor(request), request.params.id, request.params.fileId);
        return { ok: true as const };
      },
    });
  };
