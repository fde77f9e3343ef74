import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contract/common.js';
import {
  AdjustScoreBodySchema,
  CastCovenantBallotBodySchema,
  CloseVoteBodySchema,
  CovenantIndicatorListSchema,
  CovenantLeadersQuerySchema,
  CovenantLeadersSchema,
  GovernmentFlagsBodySchema,
  OpenVoteBodySchema,
  CovenantListSchema,
  CovenantSchema,
  CovenantStepBodySchema,
  CreateCovenantBodySchema,
  ListCovenantsQuerySchema,
  RankingSchema,
  SaveScoresBodySchema,
  ScoreSuggestionListSchema,
  SignCovenantBodySchema,
  UnitParamsSchema,
  UnitScoresSchema,
  UpdateCovenantBodySchema,
} from '../../../contract/covenants.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import * as scores from './covenant-scores.service.js';
import * as indicators from './covenant-indicators.service.js';
import * as vote from './covenant-vote.service.js';
import * as service from './covenants.service.js';
import { z } from 'zod';
import { IdSchema } from '../../../contract/common.js';

const tags = ['Giao ước thi đua cụm, khối'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const covenantRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/covenants', {
      schema: { tags, summary: 'Giao ước thi đua của các cụm, khối người dùng thấy', querystring: ListCovenantsQuerySchema, response: { 200: CovenantListSchema, ...errors } },
      handler: async (request) => service.listCovenants(ctx, requireActor(request), request.query),
    });
    app.post('/api/covenants', {
      schema: { tags, summary: 'Lập giao ước của một cụm, khối (bảng tiêu chí mới hoặc chép từ năm trước)', body: CreateCovenantBodySchema, response: { 201: CovenantSchema, ...errors } },
      handler: async (request, reply) => reply.status(201).send(await service.createCovenant(ctx, requireActor(request), request.body)),
    });
    app.get('/api/covenants/:id', {
      schema: { tags, summary: 'Một giao ước: bảng tiêu chí, chữ ký, tình hình chấm điểm', params: IdParamsSchema, response: { 200: CovenantSchema, ...errors } },
      handler: async (request) => service.getCovenant(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/covenants/:id', {
      schema: { tags, summary: 'Sửa tên, hạn nộp; thay bảng tiêu chí khi còn dự thảo', params: IdParamsSchema, body: UpdateCovenantBodySchema, response: { 200: CovenantSchema, ...errors } },
      handler: async (request) => service.updateCovenant(ctx, requireActor(request), request.params.id, request.body),
    });
    const step = (path: string, name: 'open' | 'close_scoring' | 'close', summary: string) =>
      app.post(`/api/covenants/:id/${path}`, {
        schema: { tags, summary, params: IdParamsSchema, body: CovenantStepBodySchema, response: { 200: CovenantSchema, ...errors } },
        handler: async (request) => service.stepCovenant(ctx, requireActor(request), request.params.id, name, request.body.version),
      });
    step('open', 'open', 'Mở ký giao ước và tự chấm điểm');
    step('close-scoring', 'close_scoring', 'Khóa chấm điểm: các thành viên xem được điểm của nhau, điểm chỉ điều chỉnh kèm lý do');
    step('close', 'close', 'Kết thúc giao ước: bảng xếp hạng là chính thức');
    app.post('/api/covenants/:id/sign', {
      schema: { tags, summary: 'Đơn vị thành viên ký giao ước', params: IdParamsSchema, body: SignCovenantBodySchema, response: { 200: CovenantSchema, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request);
        await scores.signCovenant(ctx, actor, request.params.id, request.body.unitId);
        return service.getCovenant(ctx, actor, request.params.id);
      },
    });
    app.get('/api/covenants/:id/scores/:unitId', {
      schema: { tags, summary: 'Bảng điểm của một đơn vị thành viên (đơn vị khác chỉ xem được sau khi khóa chấm điểm)', params: UnitParamsSchema, response: { 200: UnitScoresSchema, ...errors } },
      handler: async (request) => scores.getUnitScores(ctx, requireActor(request), request.params.id, request.params.unitId),
    });
    app.put('/api/covenants/:id/scores/:unitId', {
      schema: { tags, summary: 'Lưu điểm tự chấm và minh chứng (trong giới hạn từng tiêu chí, trước hạn nộp)', params: UnitParamsSchema, body: SaveScoresBodySchema, response: { 200: UnitScoresSchema, ...errors } },
      handler: async (request) => scores.saveScores(ctx, requireActor(request), request.params.id, request.params.unitId, request.body),
    });
    app.post('/api/covenants/:id/scores/:unitId/submit', {
      schema: { tags, summary: 'Nộp bảng tự chấm (đã ký, chấm đủ tiêu chí, có minh chứng khi bắt buộc)', params: UnitParamsSchema, body: CovenantStepBodySchema, response: { 200: UnitScoresSchema, ...errors } },
      handler: async (request) => scores.submitScores(ctx, requireActor(request), request.params.id, request.params.unitId, request.body.version),
    });
    app.post('/api/covenants/:id/adjustments', {
      schema: { tags, summary: 'Điều chỉnh điểm một tiêu chí của một đơn vị, kèm lý do (sau khi khóa chấm điểm)', params: IdParamsSchema, body: AdjustScoreBodySchema, response: { 200: UnitScoresSchema, ...errors } },
      handler: async (request) => scores.adjustScore(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/covenants/:id/vote', {
      schema: { tags, summary: 'Mở biểu quyết suy tôn đơn vị dẫn đầu (sau khi giao ước kết thúc)', params: IdParamsSchema, body: OpenVoteBodySchema, response: { 200: CovenantSchema, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request);
        await vote.openVote(ctx, actor, request.params.id, request.body);
        return service.getCovenant(ctx, actor, request.params.id);
      },
    });
    app.post('/api/covenants/:id/ballots', {
      schema: { tags, summary: 'Thủ trưởng đơn vị thành viên bỏ phiếu suy tôn (sửa được đến khi kết thúc biểu quyết)', params: IdParamsSchema, body: CastCovenantBallotBodySchema, response: { 200: CovenantSchema, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request);
        await vote.castBallot(ctx, actor, request.params.id, request.body.unitId, request.body.choice);
        return service.getCovenant(ctx, actor, request.params.id);
      },
    });
    app.post('/api/covenants/:id/vote/close', {
      schema: {
        tags,
        summary: 'Kết thúc biểu quyết: kiểm phiếu trên tổng số đơn vị thành viên, lập đề nghị Cờ thi đua tỉnh cho đơn vị được suy tôn và Bằng khen cho các đơn vị được chọn',
        params: IdParamsSchema,
        body: CloseVoteBodySchema,
        response: { 200: CovenantSchema, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        await vote.closeVote(ctx, actor, request.params.id, request.body);
        return service.getCovenant(ctx, actor, request.params.id);
      },
    });
    app.get('/api/covenant-leaders', {
      schema: { tags, summary: 'Các đơn vị dẫn đầu cụm, khối của một cấp trong năm và số Cờ thi đua của Chính phủ đề nghị tối đa', querystring: CovenantLeadersQuerySchema, response: { 200: CovenantLeadersSchema, ...errors } },
      handler: async (request) => vote.listLeaders(ctx, requireActor(request), request.query.organiserUnitId, request.query.year),
    });
    app.post('/api/covenant-leaders/government-flags', {
      schema: {
        tags,
        summary: 'Lập đề nghị Cờ thi đua của Chính phủ cho tối đa 20 % đơn vị dẫn đầu (làm tròn xuống), ghi rõ cụm, khối đơn vị dẫn đầu',
        body: GovernmentFlagsBodySchema,
        response: { 201: z.object({ nominationIds: z.array(IdSchema) }), ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await vote.proposeGovernmentFlags(ctx, requireActor(request), request.body)),
    });
    app.get('/api/covenants/:id/indicators', {
      schema: { tags, summary: 'Chỉ tiêu báo cáo có thể gắn với tiêu chí (phong trào của cấp tổ chức hoặc cấp trên trong năm)', params: IdParamsSchema, response: { 200: CovenantIndicatorListSchema, ...errors } },
      handler: async (request) => indicators.listCovenantIndicators(ctx, requireActor(request), request.params.id),
    });
    app.get('/api/covenants/:id/scores/:unitId/suggestions', {
      schema: {
        tags,
        summary: 'Điểm gợi ý cho các tiêu chí gắn chỉ tiêu: từ số liệu báo cáo đã tiếp nhận của đơn vị trong năm, đủ điểm khi đạt chỉ tiêu',
        params: UnitParamsSchema,
        response: { 200: ScoreSuggestionListSchema, ...errors },
      },
      handler: async (request) => indicators.scoreSuggestions(ctx, requireActor(request), request.params.id, request.params.unitId),
    });
    app.get('/api/covenants/:id/ranking', {
      schema: { tags, summary: 'Xếp hạng theo tổng điểm sau điều chỉnh, với tiêu chí phụ khi bằng điểm', params: IdParamsSchema, response: { 200: RankingSchema, ...errors } },
      handler: async (request) => scores.getRanking(ctx, requireActor(request), request.params.id),
    });
  };
