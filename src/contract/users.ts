import { z } from 'zod';
import { IdSchema, VersionSchema, requiredText } from './common.js';
import { PERMISSIONS, RoleSchema } from './roles.js';

export const UsernameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(3, 'Tên đăng nhập tối thiểu 3 ký tự')
      .max(64, 'Tên đăng nhập tối đa 64 ký tự')
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới'),
  )
  .describe('Tên đăng nhập');

export const PasswordSchema = z
  .string()
  .min(8, 'Mật khẩu tối thiểu 8 ký tự')
  .max(200, 'Mật khẩu tối đa 200 ký tự')
  .describe('Mật khẩu');

/** Blank means none; an address is kept as typed, trimmed and lower-cased. */
const EmailSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(z.union([z.literal(''), z.email('Địa chỉ thư điện tử không hợp lệ').max(254)]))
  .transform((s) => (s === '' ? null : s))
  .describe('Thư điện tử nhận nhắc hạn (để trống nếu không có)');

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable().describe('Thư điện tử nhận nhắc hạn'),
  unitId: IdSchema.describe('Đơn vị công tác'),
  unitName: z.string(),
  scopeUnitId: IdSchema.describe('Đơn vị mà người dùng làm việc thay mặt; phạm vi xem và quản lý là cây của đơn vị này'),
  scopeUnitName: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: VersionSchema,
});
export type User = z.infer<typeof UserSchema>;

export const CreateUserBodySchema = z.object({
  username: UsernameSchema,
  fullName: requiredText(200).describe('Họ và tên'),
  email: EmailSchema.nullish(),
  password: PasswordSchema,
  unitId: IdSchema,
  scopeUnitId: IdSchema.nullish().describe('Mặc định là đơn vị công tác'),
  roles: z.array(RoleSchema).min(1, 'Chọn ít nhất một vai trò'),
});
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z.object({
  version: VersionSchema,
  fullName: requiredText(200).optional(),
  email: EmailSchema.nullable().optional(),
  unitId: IdSchema.optional(),
  scopeUnitId: IdSchema.optional(),
  roles: z.array(RoleSchema).min(1, 'Chọn ít nhất một vai trò').optional(),
  active: z.boolean().optional(),
  password: PasswordSchema.optional().describe('Đặt lại mật khẩu'),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema) });

export const SignInBodySchema = z.object({
  username: z.string().min(1, 'Nhập tên đăng nhập').max(64).transform((s) => s.normalize('NFC').trim().toLowerCase()),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  permissions: z.array(z.enum(PERMISSIONS)).describe('Quyền của người dùng trong phạm vi của mình'),
  csrfToken: z.string().describe('Gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu thay đổi dữ liệu'),
});
export type Session = z.infer<typeof SessionSchema>;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;
