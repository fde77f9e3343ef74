import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import {
  AwardQuotaListSchema,
  AwardQuotasQuerySchema,
  CreateNominationBodySchema,
  DeleteNominationQuerySchema,
  ForwardingPackageQuerySchema,
  ListNominationsQuerySchema,
  NominationCandidateListSchema,
  NominationCandidatesQuerySchema,
  NominationOutcomeBodySchema,
  NominationPageSchema,
  NominationSchema,
  ReplaceAwardQuotasBodySchema,
  ReturnNominationBodySchema,
  ReviewNominationBodySchema,
  SubmitNominationsBodySchema,
  SubmitNominationsResultSchema,
  UpdateNominationBodySchema,
  AwardSettingsQuerySchema,
  AwardSettingsSchema,
  UpdateAwardSettingsBodySchema,
} from '../../../contract/nominations.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { listAwardQuotas, replaceAwardQuotas } from './award-quotas.service.js';
import { getAwardSettings, updateAwardSettings } from './award-settings.service.js';
import { forwardingPackage } from './forwarding-package.service.js';
import { listCandidates } from './nominations-candidates.service.js';
import { nominationFileRoutes } from './nominations-files.routes.js';
import * as flow from './nominations-flow.service.js';
import * as service from './nominations.service.js';

const tags = ['Đề nghị khen thưởng'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const nominationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/nominations', {
      schema: {
        tags,
        summary: 'Danh sách đề nghị khen thưởng: do đơn vị trong phạm vi của bạn đề nghị hoặc gửi đến cấp xét trong phạm vi',
        description: 'Sắp theo tên (thứ tự tiếng Việt). Tìm theo tên đối tượng, đơn vị, hình thức, không cần dấu.',
        querystring: ListNominationsQuerySchema,
        response: { 200: NominationPageSchema, ...errors },
      },
      handler: async (request) => service.listNominations(ctx, requireActor(request), request.query),
    });
    app.post('/api/nominations', {
      schema: {
        tags,
        summary: 'Lập đề nghị khen thưởng (nháp)',
        description:
          'Cá nhân phải thuộc đơn vị đề nghị hoặc đơn vị trực thuộc; tập thể là chính đơn vị đó hoặc đơn vị trực thuộc. Cấp xét là cấp gần nhất (từ chính đơn vị trở lên) có Hội đồng Thi đua – Khen thưởng. ' +
          'Điều kiện được xét ngay khi lưu, theo ngày đề nghị; đề nghị trùng (cùng đối tượng, hình thức, năm, cấp xét): 409.',
        body: CreateNominationBodySchema,
        response: { 201: NominationSchema, ...errors },
      },
      handler: async (request, reply) => reply.status(201).send(await service.createNomination(ctx, requireActor(request), request.body)),
    });
    app.post('/api/nominations/submit', {
      schema: {
        tags,
        summary: 'Gửi đề nghị lên cấp xét (cả danh sách, hoặc không đề nghị nào)',
        description:
          'Điều kiện được xét lại theo ngày gửi; đề nghị chưa đủ điều kiện phải có giải trình (400), được gửi và đánh dấu. ' +
          'Vượt chỉ tiêu khen thưởng của đơn vị trong năm: 409.',
        body: SubmitNominationsBodySchema,
        response: { 200: SubmitNominationsResultSchema, ...errors },
      },
      handler: async (request) => flow.submitNominations(ctx, requireActor(request), request.body),
    });
    app.get('/api/nominations/candidates', {
      schema: {
        tags,
        summary: 'Ứng viên từ danh sách tập thể, cá nhân tiêu biểu trong các báo cáo đã được tiếp nhận của đơn vị và đơn vị trực thuộc',
        querystring: NominationCandidatesQuerySchema,
        response: { 200: NominationCandidateListSchema, ...errors },
      },
      handler: async (request) => listCandidates(ctx, requireActor(request), request.query),
    });
    app.get('/api/nominations/forwarding-package', {
      schema: {
        tags,
        summary: 'Hồ sơ trình cấp trên (ZIP): tờ trình, danh sách và báo cáo thành tích (DOCX) của các đề nghị đã trình cấp trên trong năm',
        querystring: ForwardingPackageQuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await forwardingPackage(ctx, requireActor(request), request.query)),
    });
    app.get('/api/nominations/:id', {
      schema: { tags, summary: 'Một đề nghị: điều kiện, báo cáo thành tích, tệp kèm, kết quả biểu quyết, quyết định, diễn biến', params: IdParamsSchema, response: { 200: NominationSchema, ...errors } },
      handler: async (request) => service.getNomination(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/nominations/:id', {
      schema: {
        tags,
        summary: 'Sửa đề nghị khi còn nháp (điều kiện được xét lại)',
        params: IdParamsSchema,
        body: UpdateNominationBodySchema,
        response: { 200: NominationSchema, ...errors },
      },
      handler: async (request) => service.updateNomination(ctx, requireActor(request), request.params.id, request.body),
    });
    app.delete('/api/nominations/:id', {
      schema: { tags, summary: 'Xóa đề nghị còn nháp (cùng tệp kèm và diễn biến)', params: IdParamsSchema, querystring: DeleteNominationQuerySchema, response: { 200: OkSchema, ...errors } },
      handler: async (request) => {
        await service.deleteNomination(ctx, requireActor(request), request.params.id, request.query.version);
        return { ok: true as const };
      },
    });
    app.post('/api/nominations/:id/return', {
      schema: { tags, summary: 'Trả lại đề nghị cho đơn vị đề nghị (về nháp), kèm lý do', params: IdParamsSchema, body: ReturnNominationBodySchema, response: { 200: NominationSchema, ...errors } },
      handler: async (request) => flow.returnNomination(ctx, requireActor(request), request.params.id, request.body),
    });
    app.post('/api/nominations/:id/review', {
      schema: { tags, summary: 'Nhận hồ sơ để thẩm định', params: IdParamsSchema, body: ReviewNominationBodySchema, response: { 200: NominationSchema, ...errors } },
      handler: async (request) => flow.reviewNomination(ctx, requireActor(request), request.params.id, request.body.version),
    });
    app.post('/api/nominations/:id/outcome', {
      schema: {
        tags,
        summary: 'Kết quả xét của một đề nghị: duyệt, duyệt hình thức thấp hơn, không duyệt, trình cấp trên',
        description:
          'Chỉ duyệt hình thức thuộc thẩm quyền của cấp xét (vượt thẩm quyền: 400, trình cấp trên); chỉ trình cấp trên hình thức vượt thẩm quyền. ' +
          'Trình cấp trên tạo đề nghị mới (đã gửi) tại cấp gần nhất phía trên có Hội đồng. Hội đồng đã biểu quyết không thông qua thì duyệt phải ghi lý do.',
        params: IdParamsSchema,
        body: NominationOutcomeBodySchema,
        response: { 200: NominationSchema, ...errors },
      },
      handler: async (request) => flow.decideOutcome(ctx, requireActor(request), request.params.id, request.body),
    });

    app.get('/api/award-quotas', {
      schema: { tags, summary: 'Chỉ tiêu khen thưởng của các đơn vị trực thuộc trong một năm', querystring: AwardQuotasQuerySchema, response: { 200: AwardQuotaListSchema, ...errors } },
      handler: async (request) => listAwardQuotas(ctx, requireActor(request), request.query),
    });
    app.put('/api/award-quotas', {
      schema: {
        tags,
        summary: 'Thay toàn bộ chỉ tiêu khen thưởng của các đơn vị trực thuộc trong một năm',
        querystring: AwardQuotasQuerySchema,
        body: ReplaceAwardQuotasBodySchema,
        response: { 200: AwardQuotaListSchema, ...errors },
      },
      handler: async (request) => replaceAwardQuotas(ctx, requireActor(request), request.query, request.body),
    });

    app.get('/api/award-settings', {
      schema: {
        tags,
        summary: 'Quy định khen thưởng áp dụng cho một đơn vị (của chính đơn vị hoặc cấp trên gần nhất)',
        querystring: AwardSettingsQuerySchema,
        response: { 200: AwardSettingsSchema, ...errors },
      },
      handler: async (request) => getAwardSettings(ctx, requireActor(request), request.query.unitId),
    });
    app.put('/api/award-settings', {
      schema: {
        tags,
        summary: 'Đặt quy định khen thưởng của một cấp (áp dụng cho các đơn vị trực thuộc)',
        description: 'Ví dụ: Chiến sĩ thi đua cơ sở không quá 15% số cá nhân đạt Lao động tiên tiến của đơn vị. Gửi đề nghị CSTĐCS vượt tỷ lệ bị từ chối (409).',
        querystring: AwardSettingsQuerySchema,
        body: UpdateAwardSettingsBodySchema,
        response: { 200: AwardSettingsSchema, ...errors },
      },
      handler: async (request) => updateAwardSettings(ctx, requireActor(request), request.query.unitId, request.body),
    });

    // Its own plugin: the raw-body parsers for uploads stay out of the JSON routes above.
    await app.register(nominationFileRoutes(ctx));
  };
