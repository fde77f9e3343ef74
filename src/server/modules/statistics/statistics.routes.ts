import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdSchema, YearSchema } from '../../../contract/common.js';
import { ErrorBodySchema } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requireActor } from '../../http/auth.js';
import { sendAttachment } from '../../http/content-disposition.js';
import { exportTt02Form } from './statistics.service.js';
import { TT02_FORMS } from './tt02-forms.js';

const tags = ['Thống kê'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

const Tt02ParamsSchema = z.object({
  form: z.enum(TT02_FORMS).describe('Biểu: 0601 số phong trào thi đua; 0602 khen thưởng cấp Nhà nước; 0603 khen thưởng cấp bộ, ngành, tỉnh; 0604 tổ chức, 0605 người làm công tác thi đua, khen thưởng'),
});
const Tt02QuerySchema = z.object({
  unitId: IdSchema.describe('Đơn vị báo cáo: số liệu gồm đơn vị này và mọi đơn vị trực thuộc'),
  year: YearSchema.describe('Năm báo cáo'),
});

export const statisticsRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/statistics/tt02/:form.xlsx', {
      schema: {
        tags,
        summary: 'Tải biểu báo cáo thống kê thi đua, khen thưởng theo Thông tư 02/2023/TT-BNV (Excel), tính từ dữ liệu của đơn vị và các đơn vị trực thuộc trong năm',
        params: Tt02ParamsSchema,
        querystring: Tt02QuerySchema,
        response: errors,
      },
      handler: async (request, reply) => sendAttachment(reply, await exportTt02Form(ctx, requireActor(request), request.params.form, request.query)),
    });
  };
