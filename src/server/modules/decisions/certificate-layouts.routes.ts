import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, IdSchema, OkSchema, VersionSchema } from '../../../contract/common.js';
import { CertificateLayoutBodySchema, CertificateLayoutListSchema, CertificateLayoutSchema, UpdateCertificateLayoutBodySchema } from '../../../contract/decisions.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './certificate-layouts.service.js';

const tags = ['Quyết định khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const certificateLayoutRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/certificate-layouts', {
      schema: {
        tags,
        summary: 'Các phôi Giấy khen đã căn chỉnh',
        querystring: z.object({ unitId: IdSchema.optional().describe('Chỉ phôi của đơn vị này') }),
        response: { 200: CertificateLayoutListSchema, ...errors },
      },
      handler: async (request) => service.listLayouts(ctx, requireActor(request), request.query.unitId),
    });
    app.get('/api/certificate-layouts/:id', {
      schema: { tags, summary: 'Một phôi Giấy khen', params: IdParamsSchema, response: { 200: CertificateLayoutSchema, ...errors } },
      handler: async (request) => service.getLayout(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/certificate-layouts', {
      schema: {
        tags,
        summary: 'Lưu vị trí các trường trên phôi Giấy khen (mm, tính từ mép trái và mép trên đến chân dòng chữ)',
        body: CertificateLayoutBodySchema,
        response: { 201: CertificateLayoutSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await service.createLayout(ctx, requireActor(request), request.body)),
    });
    app.patch('/api/certificate-layouts/:id', {
      schema: { tags, summary: 'Căn chỉnh lại phôi Giấy khen', params: IdParamsSchema, body: UpdateCertificateLayoutBodySchema, response: { 200: CertificateLayoutSchema, ...errors } },
      handler: async (request) => service.updateLayout(ctx, requireActor(request), request.params.id, request.body),
    });
    app.delete('/api/certificate-layouts/:id', {
      schema: {
        tags,
        summary: 'Xóa phôi Giấy khen',
        params: IdParamsSchema,
        querystring: z.object({ version: z.coerce.number().pipe(VersionSchema).optional() }),
        response: { 200: OkSchema, ...errors },
      },
      handler: async (request) => {
        await service.deleteLayout(ctx, requireActor(request), request.params.id, request.query.version);
        return { ok: true as const };
      },
    });
  };
