/** Vietnamese names of input fields, so an error can name the field the way a user sees it. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Mã định danh',
  code: 'Mã',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại',
  parentId: 'Đơn vị cấp trên',
  parentCode: 'Mã đơn vị cấp trên',
  validFrom: 'Ngày bắt đầu',
  closedOn: 'Ngày giải thể, sáp nhập',
  movedOn: 'Ngày chuyển',
  successorIds: 'Đơn vị kế thừa',
  event: 'Sự kiện',
  note: 'Ghi chú',
  version: 'Phiên bản',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  position: 'Chức vụ',
  unitId: 'Đơn vị',
  scopeUnitId: 'Đơn vị phụ trách',
  roles: 'Vai trò',
  active: 'Hoạt động',
  year: 'Năm',
  organiserUnitId: 'Đơn vị tổ chức',
  memberUnitIds: 'Đơn vị thành viên',
  headUnitId: 'Trưởng cụm, khối',
  deputyUnitId: 'Phó trưởng cụm, khối',
  q: 'Từ khóa tìm kiếm',
  limit: 'Số dòng',
  offset: 'Vị trí bắt đầu',
  file: 'Tệp',
  format: 'Định dạng',
};

export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  return FIELD_LABELS[last] ?? last;
}
