import type { ServiceContext } from '../../context.js';
import { transferRoutes } from '../../http/transfer-routes.js';
import * as service from './units-transfer.service.js';

export const unitTransferRoutes = (ctx: ServiceContext) =>
  transferRoutes(ctx, {
    base: '/api/units',
    tags: ['Đơn vị'],
    summaries: {
      export: 'Xuất danh sách đơn vị ra tệp Excel hoặc CSV',
      template: 'Tệp mẫu để nhập đơn vị',
      import: 'Nhập đơn vị từ tệp Excel hoặc CSV',
    },
    descriptions: {
      export: 'Mọi đơn vị trong phạm vi (kể cả đã giải thể), đơn vị cấp trên đứng trước. Tệp nhập lại được bằng POST /api/units/import.',
      import:
        'Nội dung yêu cầu là tệp nguyên bản (tối đa 5 MB). Cột: Mã đơn vị, Tên đơn vị, Loại, Mã đơn vị cấp trên. ' +
        'Mã mới thì thêm, mã đã có trong phạm vi thì sửa tên, loại, cấp trên. Có dòng lỗi thì không ghi gì, lỗi trả về theo từng dòng trong error.details.',
    },
    exportFile: service.exportUnits,
    template: service.unitImportTemplate,
    importFile: service.importUnits,
  });
