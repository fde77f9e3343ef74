import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import {
  CreateDocumentBodySchema,
  DeliverySchema,
  DocumentPageSchema,
  DocumentSchema,
  InboxPageSchema,
  InboxQuerySchema,
  IssueDocumentBodySchema,
  ListDocumentsQuerySchema,
  ReceiveDocumentBodySchema,
  UpdateDocumentBodySchema,
} from '../../../contract/documents.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { renderStoredDocumentDocx } from './documents-docx.service.js';
import { documentFileRoutes } from './documents-files.routes.js';
import { issueDocument, listInbox, receiveDocument } from './documents-issue.service.js';
import * as service from './documents.service.js';

const tags = ['Văn bản'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const documentRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/documents', {
      schema: {
        tags,
        summary: 'Sổ văn bản: văn bản đi, văn bản đến (mới nhất trước; tìm kiếm không dấu)',
        querystring: ListDocumentsQuerySchema,
        response: { 200: DocumentPageSchema, ...errors },
      },
      handler: async (request) => service.listDocuments(ctx, requireActor(request), request.query),
    });
    app.post('/api/documents', {
      schema: {
        tags,
        summary: 'Soạn văn bản đi (dự thảo) hoặc vào sổ văn bản đến',
        description: 'direction = outgoing: một dự thảo, số cấp khi ban hành. direction = incoming: vào sổ văn bản đến, có thể từ kết quả đọc văn bản (parsed) kèm các trường sửa lại.',
        body: CreateDocumentBodySchema,
        response: { 201: DocumentSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await service.createDocument(ctx, requireActor(request), request.body)),
    });
    app.get('/api/documents/:id', {
      schema: { tags, summary: 'Một văn bản', params: IdParamsSchema, response: { 200: DocumentSchema, ...errors } },
      handler: async (request) => service.getDocument(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/documents/:id', {
      schema: {
        tags,
        summary: 'Sửa dự thảo hoặc văn bản đến (văn bản đã ban hành: 409)',
        params: IdParamsSchema,
        body: UpdateDocumentBodySchema,
        response: { 200: DocumentSchema, ...errors },
      },
      handler: async (request) => service.updateDocument(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/documents/:id/issue', {
      schema: {
        tags,
        summary: 'Ban hành: cấp số theo sổ văn bản đi của năm, ghi ngày, khóa văn bản và gửi đến nơi nhận',
        params: IdParamsSchema,
        body: IssueDocumentBodySchema,
        response: { 200: DocumentSchema, ...errors },
      },
      handler: async (request) => issueDocument(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/documents/:id/receive', {
      schema: {
        tags,
        summary: 'Đánh dấu đơn vị đã nhận văn bản (gọi lại không thay đổi gì)',
        params: IdParamsSchema,
        // Optional: without a body, the actor's own unit receives.
        body: ReceiveDocumentBodySchema.nullish(),
        response: { 200: DeliverySchema, ...errors },
      },
      handler: async (request) => receiveDocument(ctx, requireActor(request), request.params.id, request.body ?? {}),
    });
    app.get('/api/documents/:id/docx', {
      schema: { tags, summary: 'Tải văn bản dạng Word (DOCX, thể thức Nghị định 30/2020)', params: IdParamsSchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await renderStoredDocumentDocx(ctx, requireActor(request), request.params.id)),
    });
    app.get('/api/inbox', {
      schema: {
        tags,
        summary: 'Văn bản đến các đơn vị trong phạm vi của bạn, kèm thời điểm gửi và nhận',
        querystring: InboxQuerySchema,
        response: { 200: InboxPageSchema, ...errors },
      },
      handler: async (request) => listInbox(ctx, requireActor(request), request.query),
    });
    await app.register(documentFileRoutes(ctx));
  };
