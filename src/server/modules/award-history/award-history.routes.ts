import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AwardHistorySchema,
  AwardRecordSchema,
  CreateAwardRecordBodySchema,
  CreateDisciplineBodySchema,
  CreateInitiativeBodySchema,
  CreateRatingBodySchema,
  DisciplineRecordSchema,
  EligibilityResultSchema,
  HistoryEligibilityBodySchema,
  InitiativeRecordSchema,
  RatingRecordSchema,
  UpdateRatingBodySchema,
} from '../../../contract/awards.js';
import { IdParamsSchema, OkSchema, VersionSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as service from './award-history.service.js';

const tags = ['Lịch sử thi đua, khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const ok = { ok: true as const };

export const awardHistoryRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    for (const [kind, base, who] of [
      ['person', '/api/people/:id', 'một cá nhân (theo người, dù đã chuyển đơn vị)'],
      ['collective', '/api/units/:id', 'một tập thể (gồm cả các đơn vị tiền thân trước sáp nhập, chia tách)'],
    ] as const) {
      app.get(`${base}/award-history`, {
        schema: { tags, summary: `Lịch sử xếp loại, sáng kiến, kỷ luật và khen thưởng của ${who}`, params: IdParamsSchema, response: { 200: AwardHistorySchema, ...errors } },
        handler: async (request) => service.getHistory(ctx, requireActor(request), kind, request.params.id),
      });
      app.post(`${base}/eligibility`, {
        schema: {
          tags,
          summary: `Xét điều kiện khen thưởng của ${who} từ lịch sử đã lưu`,
          description: 'Dựng hồ sơ xét (xếp loại, danh hiệu đã có, sáng kiến, kỷ luật, đang xem xét) từ dữ liệu đã lưu rồi xét theo quy định có hiệu lực vào ngày đề nghị. Không lưu gì.',
          params: IdParamsSchema,
          body: HistoryEligibilityBodySchema,
          response: { 200: EligibilityResultSchema, ...errors },
        },
        handler: async (request) => service.checkEligibility(ctx, requireActor(request), kind, request.params.id, request.body),
      });
    }

    app.post('/api/award-history/ratings', {
      schema: { tags, summary: 'Thêm kết quả xếp loại một năm', body: CreateRatingBodySchema, response: { 201: RatingRecordSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createRating(ctx, requireActor(request), request.body)),
    });
    app.patch('/api/award-history/ratings/:id', {
      schema: { tags, summary: 'Sửa kết quả xếp loại', params: IdParamsSchema, body: UpdateRatingBodySchema, response: { 200: RatingRecordSchema, ...errors } },
      handler: async (request) => service.updateRating(ctx, requireActor(request), request.params.id, request.body),
    });
    app.delete('/api/award-history/ratings/:id', {
      schema: {
        tags,
        summary: 'Xóa kết quả xếp loại',
        params: IdParamsSchema,
        querystring: z.object({ version: z.coerce.number().pipe(VersionSchema).optional() }),
        response: { 200: OkSchema, ...errors },
      },
      handler: async (request) => {
        await service.deleteRating(ctx, requireActor(request), request.params.id, request.query.version);
        return ok;
      },
    });

    app.post('/api/award-history/initiatives', {
      schema: { tags, summary: 'Thêm sáng kiến được công nhận', body: CreateInitiativeBodySchema, response: { 201: InitiativeRecordSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createInitiative(ctx, requireActor(request), request.body)),
    });
    app.delete('/api/award-history/initiatives/:id', {
      schema: { tags, summary: 'Xóa sáng kiến', params: IdParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteInitiative(ctx, requireActor(request), request.params.id);
        return ok;
      },
    });

    app.post('/api/award-history/discipline', {
      schema: { tags, summary: 'Thêm thời gian thi hành kỷ luật hoặc đang xem xét (thanh tra, đơn thư)', body: CreateDisciplineBodySchema, response: { 201: DisciplineRecordSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createDiscipline(ctx, requireActor(request), request.body)),
    });
    app.delete('/api/award-history/discipline/:id', {
      schema: { tags, summary: 'Xóa thời gian kỷ luật, xem xét', params: IdParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteDiscipline(ctx, requireActor(request), request.params.id);
        return ok;
      },
    });

    app.post('/api/award-history/awards', {
      schema: { tags, summary: 'Thêm một khen thưởng đã được tặng (danh hiệu, hình thức, năm, quyết định)', body: CreateAwardRecordBodySchema, response: { 201: AwardRecordSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createAwardRecord(ctx, requireActor(request), request.body)),
    });
    app.delete('/api/award-history/awards/:id', {
      schema: { tags, summary: 'Xóa một khen thưởng khỏi lịch sử', params: IdParamsSchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteAwardRecord(ctx, requireActor(request), request.params.id);
        return ok;
      },
    });
  };
