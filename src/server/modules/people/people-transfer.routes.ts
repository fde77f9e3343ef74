import type { ServiceContext } from '../../context.js';
import { transferRoutes } from '../../http/transfer-routes.js';
import * as service from './people-transfer.service.js';

export const peopleTransferRoutes = (ctx: ServiceContext) =>
  transferRoutes(ctx, {
    base: '/api/people',
    tags: ['Cá nhân'],
    summaries: {
      export: 'Xuất danh sách cá nhân ra tệp Excel hoặc CSV',
      template: 'Tệp mẫu để nhập cá nhân',
      import: 'Nhập cá nhân từ tệp Excel hoặc CSV',
    },
    descriptions: {
      import:
        'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB). Cột: Họ và tên, Giới tính (Nam/Nữ), Năm sinh, Mã đơn vị, Chức vụ. ' +
        'Có dòng lỗi thì không ghi gì, lỗi trả về theo từng dòng trong error.details.',
    },
    exportFile: service.exportPeople,
    template: service.peopleImportTemplate,
    importFile: service.importPeople,
  });
