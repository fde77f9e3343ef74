import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AwardCodeParamsSchema,
  AwardListQuerySchema,
  AwardListSchema,
  AwardSchema,
  CreateLocalAwardBodySchema,
  EligibilityInputSchema,
  EligibilityResultSchema,
  UpdateLocalAwardBodySchema,
} from '../../../contract/awards.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { isKnownAward } from '../../../core/awards/catalogue.js';
import { evaluateEligibility } from '../../../core/awards/eligibility.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { invalidField } from '../../service-errors.js';
import * as local from './local-awards.service.js';

const tags = ['Khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/**
 * The award catalogue — the law's titles and forms, and those a level added by its quy chế for its
 * subtree — and the eligibility check, which reads nothing of any unit (the caller sends the case).
 */
export const awardRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/awards', {
      schema: {
        tags,
        summary: 'Danh mục danh hiệu thi đua, hình thức khen thưởng và thẩm quyền theo thời gian (của Luật và của địa phương)',
        querystring: AwardListQuerySchema,
        response: { 200: AwardListSchema, ...errors },
      },
      handler: async (request) => ({ items: await local.listAwardsFor(ctx, requireActor(request), request.query.unitId) }),
    });
    app.post('/api/awards', {
      schema: {
        tags,
        summary: 'Thêm danh hiệu, hình thức khen thưởng của địa phương (áp dụng cho đơn vị ban hành và các đơn vị trực thuộc)',
        body: CreateLocalAwardBodySchema,
        response: { 201: AwardSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await local.createLocalAward(ctx, requireActor(request), request.body)),
    });
    app.patch('/api/awards/:code', {
      schema: {
        tags,
        summary: 'Sửa danh hiệu, hình thức của địa phương (thôi áp dụng bằng ngày hết hiệu lực)',
        params: AwardCodeParamsSchema,
        body: UpdateLocalAwardBodySchema,
        response: { 200: AwardSchema, ...errors },
      },
      handler: async (request) => local.updateLocalAward(ctx, requireActor(request), request.params.code, request.body),
    });
    app.post('/api/awards/eligibility', {
      schema: {
        tags,
        summary: 'Xét điều kiện của một trường hợp theo quy định có hiệu lực vào ngày đề nghị',
        description:
          'Trả về eligible / not_eligible / hold, bộ quy định áp dụng (Nghị định 98/2023 đến 30/06/2025, Nghị định 152/2025 từ 01/07/2025), ' +
          'người có thẩm quyền quyết định và các lý do (tiêu chí đạt, không đạt) kèm điều khoản căn cứ. Không lưu gì.',
        body: EligibilityInputSchema,
        response: { 200: EligibilityResultSchema, ...errors },
      },
      handler: async (request) => {
        requireActor(request);
        const unknown = [request.body.award, ...request.body.titles.map((t) => t.code)].find((code) => !isKnownAward(code));
        if (unknown) throw invalidField(unknown === request.body.award ? 'award' : 'titles', `Không có danh hiệu, hình thức khen thưởng mã ${unknown} trong danh mục`);
        return evaluateEligibility(request.body);
      },
    });
  };
