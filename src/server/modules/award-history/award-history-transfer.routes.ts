import type { ServiceContext } from '../../context.js';
import { transferRoutes } from '../../http/transfer-routes.js';
import * as service from './award-history-transfer.service.js';

export const awardHistoryTransferRoutes = (ctx: ServiceContext) =>
  transferRoutes(ctx, {
    base: '/api/award-history',
    tags: ['Lịch sử thi đua, khen thưởng'],
    summaries: {
      export: 'Xuất lịch sử xếp loại và khen thưởng ra tệp Excel hoặc CSV',
      template: 'Tệp mẫu để nhập lịch sử xếp loại và khen thưởng',
      import: 'Nhập lịch sử xếp loại và khen thưởng từ tệp Excel hoặc CSV',
    },
    descriptions: {
      export: 'Xếp loại và khen thưởng của mọi cá nhân, tập thể trong phạm vi của người dùng.',
      import:
        'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB). Cột: Loại (xếp loại / khen thưởng), Mã cá nhân hoặc Mã đơn vị (đúng một), ' +
        'Họ tên (bỏ qua khi nhập), Năm, Xếp loại (HTXSNV/HTTNV/HTNV/KHTNV), Mã khen thưởng, Số quyết định, Ngày quyết định (dd/mm/yyyy), ' +
        'Cơ quan quyết định, Ghi chú. Có dòng lỗi (kể cả trùng trong tệp hoặc trùng với dữ liệu đã có) thì không ghi gì, ' +
        'lỗi trả về theo từng dòng trong error.details.',
    },
    exportFile: service.exportAwardHistory,
    template: service.awardHistoryImportTemplate,
    importFile: service.importAwardHistory,
  });
