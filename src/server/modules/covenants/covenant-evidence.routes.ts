import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OkSchema } from '../../../contract/common.js';
import { EvidenceFileParamsSchema, EvidenceFileSchema, EvidenceUploadQuerySchema, UnitParamsSchema } from '../../../contract/covenants.js';
import { AppError, ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { ATTACHMENT_TYPES } from '../../files/attachments.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { acceptFileUploads, MAX_UPLOAD_BYTES } from '../../http/file-upload.js';
import * as service from './covenant-evidence.service.js';

const tags = ['Giao ước thi đua cụm, khối'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const TYPES = Object.keys(ATTACHMENT_TYPES);

/** Tệp minh chứng of a member's self-scoring sheet: raw-body upload (parsers scoped to this plugin), download, removal. */
export const covenantEvidenceRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.removeContentTypeParser('text/plain');
    acceptFileUploads(app, TYPES);

    app.post('/api/covenants/:id/scores/:unitId/files', {
      schema: {
        tags,
        summary: 'Đính kèm tệp minh chứng cho một tiêu chí của bảng tự chấm',
        description: `Gửi tệp nguyên bản làm nội dung yêu cầu (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB), Content-Type là một trong: ${TYPES.join(', ')}; tiêu chí trong tham số criterionId, tên tệp trong name. Chỉ khi đang chấm điểm, trước hạn và bảng chưa nộp. Cùng nội dung gửi lại cho cùng tiêu chí trả về tệp đã có (200).`,
        params: UnitParamsSchema,
        querystring: EvidenceUploadQuerySchema,
        response: { 200: EvidenceFileSchema, 201: EvidenceFileSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Gửi tệp nguyên bản làm nội dung yêu cầu, với Content-Type là một trong: ${TYPES.join(', ')}`);
        }
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const { id, unitId } = request.params;
        const { file, created } = await service.addEvidenceFile(ctx, actor, id, unitId, { bytes: request.body, contentType, name: request.query.name, criterionId: request.query.criterionId });
        return reply.status(created ? 201 : 200).send(file);
      },
    });

    app.get('/api/covenants/:id/scores/:unitId/files/:fileId', {
      schema: { tags, summary: 'Tải tệp minh chứng của bảng tự chấm', params: EvidenceFileParamsSchema, response: errors },
      handler: async (request, reply) => {
        const { id, unitId, fileId } = request.params;
        return sendAttachment(reply, await service.getEvidenceFile(ctx, requireActor(request), id, unitId, fileId));
      },
    });

    app.delete('/api/covenants/:id/scores/:unitId/files/:fileId', {
      schema: { tags, summary: 'Gỡ tệp minh chứng (khi bảng tự chấm chưa nộp)', params: EvidenceFileParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        const { id, unitId, fileId } = request.params;
        await service.deleteEvidenceFile(ctx, requireActor(request), id, unitId, fileId);
        return { ok: true as const };
      },
    });
  };
