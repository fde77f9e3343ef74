import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AwardListSchema, EligibilityInputSchema, EligibilityResultSchema } from '../../../contract/awards.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import { AWARD_CATALOGUE } from '../../../core/awards/catalogue.js';
import { evaluateEligibility } from '../../../core/awards/eligibility.js';
import { requireActor } from '../../http/auth.js';

const tags = ['Khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema };

/**
 * The award catalogue and the eligibility check: stateless, the same rules for every unit, so any
 * signed-in user may ask (nothing of another unit is read or written).
 */
export const awardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/awards', {
    schema: { tags, summary: 'Danh mục danh hiệu thi đua, hình thức khen thưởng và thẩm quyền theo thời gian', response: { 200: AwardListSchema, ...errors } },
    handler: async (request) => {
      requireActor(request);
      return { items: [...AWARD_CATALOGUE] };
    },
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
      return evaluateEligibility(request.body);
    },
  });
};
