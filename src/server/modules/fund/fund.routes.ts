import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateFundIncomeBodySchema, FundEntrySchema, FundQuerySchema, FundSchema } from '../../../contract/decisions.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import * as service from './fund.service.js';

const tags = ['Quỹ thi đua, khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const fundRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/fund', {
      schema: {
        tags,
        summary: 'Quỹ thi đua, khen thưởng của đơn vị trong một năm: số dư đầu năm, thu, chi, chi theo quyết định',
        querystring: FundQuerySchema,
        response: { 200: FundSchema, ...errors },
      },
      handler: async (request) => service.getFund(ctx, requireActor(request), request.query.unitId, request.query.year),
    });
    app.post('/api/fund/income', {
      schema: { tags, summary: 'Ghi một khoản thu (trích lập) của quỹ', body: CreateFundIncomeBodySchema, response: { 201: FundEntrySchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createIncome(ctx, requireActor(request), request.body)),
    });
    app.get('/api/fund.xlsx', {
      schema: { tags, summary: 'Sổ quỹ thi đua, khen thưởng của năm dạng Excel (thu, chi, số dư; chi theo quyết định)', querystring: FundQuerySchema, response: errors },
      handler: async (request, reply) => sendAttachment(reply, await service.fundXlsx(ctx, requireActor(request), request.query.unitId, request.query.year)),
    });
  };
