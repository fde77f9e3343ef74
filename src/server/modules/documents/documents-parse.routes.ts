import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ParsedDocumentSchema } from '../../../contract/documents.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { requireActor } from '../../http/auth.js';
import { acceptFileUploads, MAX_UPLOAD_BYTES } from '../../http/file-upload.js';
import { parseDocumentFile, parseDocumentTextBody, PARSE_UPLOAD_TYPES } from './documents-parse.service.js';

const tags = ['Văn bản'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema };

/**
 * Reading a document's structure: stateless, nothing stored, for any signed-in user. Takes JSON
 * `{ text }` or the file itself as the raw body; a plugin of its own so its content parsers
 * (raw text instead of Fastify's text/plain string) stay scoped to this route.
 */
export const documentParseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeContentTypeParser('text/plain');
  acceptFileUploads(app, PARSE_UPLOAD_TYPES);

  app.post('/api/documents/parse', {
    bodyLimit: MAX_UPLOAD_BYTES,
    schema: {
      tags,
      summary: 'Đọc cấu trúc một văn bản (không lưu gì)',
      description:
        `Gửi JSON { "text": "…" }, hoặc gửi nguyên tệp làm nội dung yêu cầu (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB): ` +
        'văn bản thuần (text/plain, UTF-8 hoặc UTF-16; charset khác ghi trong Content-Type), Word .docx ' +
        '(application/vnd.openxmlformats-officedocument.wordprocessingml.document) hoặc PDF có lớp chữ (application/pdf; ' +
        'cần pdftotext trên máy chủ, nếu không trả 415). Trả về cấu trúc văn bản; chỗ hỏng, thiếu nằm trong problems. ' +
        'Tệp trống, hỏng, bom zip: 400; quá lớn: 413; ảnh, bản quét, .doc, tệp nhị phân: 415.',
      response: { 200: ParsedDocumentSchema, ...errors },
    },
    handler: async (request) => {
      requireActor(request);
      if (Buffer.isBuffer(request.body)) return parseDocumentFile({ bytes: request.body, contentType: request.headers['content-type'] });
      return parseDocumentTextBody(request.body);
    },
  });
};
