import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import { IdParamsSchema } from '../../../contract/common.js';
import { DocumentFileParamsSchema, DocumentFileSchema, FileUploadQuerySchema } from '../../../contract/documents.js';
import { AppError, ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../files/attachments.js';
import { addDocumentFile, getDocumentFile } from './documents-files.service.js';

const tags = ['Văn bản'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);

/**
 * Reads a raw upload, stopping at the limit with a Vietnamese 413 (Fastify's own limit answers in
 * English); a declared Content-Length over the limit is refused before reading anything.
 */
async function readUpload(request: FastifyRequest, payload: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += (chunk as Buffer).length;
    if (size > MAX_ATTACHMENT_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Attachments: raw-body upload (its own content parsers, scoped to this plugin) and download. */
export const documentFileRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser(Object.keys(ATTACHMENT_TYPES), readUpload);

    app.post('/api/documents/:id/files', {
      schema: {
        tags,
        summary: 'Đính kèm tệp vào văn bản',
        description: `Gửi tệp nguyên bản làm nội dung yêu cầu (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB), Content-Type là một trong: ${Object.keys(ATTACHMENT_TYPES).join(', ')}; tên tệp trong tham số name. Văn bản đã ban hành không thêm tệp được (409). Cùng nội dung gửi lại trả về tệp đã có (200).`,
        params: IdParamsSchema,
        querystring: FileUploadQuerySchema,
        response: { 200: DocumentFileSchema, 201: DocumentFileSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Gửi tệp nguyên bản làm nội dung yêu cầu, với Content-Type là một trong: ${Object.keys(ATTACHMENT_TYPES).join(', ')}`);
        }
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const { file, created } = await addDocumentFile(ctx, actor, request.params.id, { bytes: request.body, contentType, name: request.query.name });
        return reply.status(created ? 201 : 200).send(file);
      },
    });

    app.get('/api/documents/:id/files/:fileId', {
      schema: { tags, summary: 'Tải tệp đính kèm', params: DocumentFileParamsSchema, response: errors },
      handler: async (request, reply) => {
        return sendAttachment(reply, await getDocumentFile(ctx, requireActor(request), request.params.id, request.params.fileId));
      },
    });
  };
