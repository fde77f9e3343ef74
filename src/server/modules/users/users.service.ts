import { AppError } from '../../../contract/errors.js';
import type { Role } from '../../../contract/roles.js';
import type { CreateUserBody, UpdateUserBody, User } from '../../../contract/users.js';
import { compareVietnamese } from '../../../core/text.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { hashPassword } from '../../http/passwords.js';
import { appendAudit } from '../audit/audit.service.js';
import { deleteOtherSessions } from '../session/session.repo.js';
import { findUnitPath } from '../units/units.repo.js';
import { isUniqueViolation, staleVersion } from '../../service-errors.js';
import * as repo from './users.repo.js';

export function toUser(row: User & { unitPath?: string; scopePath?: string }): User {
  const { unitPath: _unitPath, scopePath: _scopePath, ...user } = row;
  return { ...user, roles: user.roles as Role[] };
}

/** Lists the users of the actor's subtree (admins only). */
export async function listUsers(ctx: ServiceContext, actor: Actor): Promise<User[]> {
  requirePermission(actor, 'user:read');
  const rows = await repo.listUsersUnder(ctx.db, actor.scopePath);
  return rows.map(toUser).sort((a, b) => compareVietnamese(a.fullName, b.fullName));
}

/** One user of the actor's subtree, or NOT_FOUND. */
export async function getUser(ctx: ServiceContext, actor: Actor, id: string): Promise<User> {
  const row = await repo.findUser(ctx.db, id);
  requireUnitAccess(actor, 'user:read', row?.unitPath ?? null, 'Người dùng');
  return toUser(row!);
}

/** The scope must be the user's own unit or one of its ancestors, and inside the actor's scope. */
async function checkUnits(ctx: ServiceContext, actor: Actor, unitId: string, scopeUnitId: string) {
  const unitPath = await findUnitPath(ctx.db, unitId);
  if (!unitPath || !isWithin(unitPath, actor.scopePath)) {
    throw new AppError('INVALID_INPUT', 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn', {
      unitId: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn',
    });
  }
  const scopePath = await findUnitPath(ctx.db, scopeUnitId);
  if (!scopePath || !isWithin(scopePath, actor.scopePath) || !isWithin(unitPath, scopePath)) {
    throw new AppError('INVALID_INPUT', 'Đơn vị phụ trách phải là đơn vị công tác hoặc đơn vị cấp trên của nó, trong phạm vi của bạn', {
      scopeUnitId: 'Phải là đơn vị công tác hoặc đơn vị cấp trên của nó, trong phạm vi của bạn',
    });
  }
}

/** Creates a login. Only an admin, and only inside the admin's subtree. */
export async function createUser(ctx: ServiceContext, actor: Actor | null, body: CreateUserBody): Promise<User> {
  if (actor) requirePermission(actor, 'user:write');
  const scopeUnitId = body.scopeUnitId ?? body.unitId;
  if (actor) await checkUnits(ctx, actor, body.unitId, scopeUnitId);
  const passwordHash = await hashPassword(body.password);
  const taken = () =>
    new AppError('CONFLICT', `Tên đăng nhập "${body.username}" đã được dùng`, { username: 'Tên đăng nhập đã được dùng' });
  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.usernameTaken(tx, body.username)) throw taken();
    const newId = await repo.insertUser(tx, {
      username: body.username,
      fullName: body.fullName,
      email: body.email ?? null,
      passwordHash,
      unitId: body.unitId,
      scopeUnitId,
      roles: [...new Set(body.roles)],
    });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'user.create',
      entityType: 'user',
      entityId: newId,
      after: { username: body.username, fullName: body.fullName, unitId: body.unitId, scopeUnitId, roles: body.roles },
    });
    return newId;
  }).catch((err: unknown) => {
    // Two admins creating the same username at once: the unique index decides.
    throw isUniqueViolation(err, 'users_username_key') ? taken() : err;
  });
  return toUser((await repo.findUser(ctx.db, id))!);
}

/** Edits a login (roles, units, active, password reset) with lost-update protection. */
export async function updateUser(ctx: ServiceContext, actor: Actor, id: string, body: UpdateUserBody): Promise<User> {
  const before = await repo.findUser(ctx.db, id);
  requireUnitAccess(actor, 'user:write', before?.unitPath ?? null, 'Người dùng');
  const current = before!;
  // A login acting for a wider subtree than the admin's (e.g. a provincial officer seated in a
  // commune) is not the admin's to reset or edit: that would hand the admin the wider scope.
  if (!isWithin(current.scopePath, actor.scopePath)) {
    throw new AppError('FORBIDDEN', 'Người dùng này có phạm vi rộng hơn phạm vi của bạn; chỉ quản trị cấp trên mới sửa được');
  }
  if (body.unitId || body.scopeUnitId) {
    await checkUnits(ctx, actor, body.unitId ?? current.unitId, body.scopeUnitId ?? current.scopeUnitId);
  }
  if (id === actor.userId && body.active === false) {
    throw new AppError('INVALID_INPUT', 'Không thể tự khóa tài khoản của mình', { active: 'Không thể tự khóa tài khoản của mình' });
  }
  if (id === actor.userId && body.roles && !body.roles.includes('admin')) {
    throw new AppError('INVALID_INPUT', 'Không thể tự bỏ quyền quản trị của mình', { roles: 'Không thể tự bỏ quyền quản trị của mình' });
  }
  const passwordHash = body.password ? await hashPassword(body.password) : undefined;
  await ctx.db.transaction(async (tx) => {
    const ok = await repo.updateUser(tx, id, body.version, {
      ...(body.fullName !== undefined ? { fullName: body.fullName } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.unitId !== undefined ? { unitId: body.unitId } : {}),
      ...(body.scopeUnitId !== undefined ? { scopeUnitId: body.scopeUnitId } : {}),
      ...(body.roles !== undefined ? { roles: [...new Set(body.roles)] } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    });
    if (!ok) throw staleVersion();
    // A reset password or a disabled account ends every open session of that user.
    if (passwordHash || body.active === false) await deleteOtherSessions(tx, id, null);
    const { password: _password, ...changes } = body;
    await appendAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: toUser(current),
      after: { ...changes, ...(passwordHash ? { passwordReset: true } : {}) },
    });
  });
  return toUser((await repo.findUser(ctx.db, id))!);
}
