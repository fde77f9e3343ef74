import { AppError } from '../../contract/errors.js';
import { hasPermission, ROLE_PERMISSIONS, type Permission, type Role } from '../../contract/roles.js';
import { isWithin } from '../../core/tree.js';

/** Who is acting: the signed-in user with the subtree they act for. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string;
  scopeUnitId: string;
  /** Materialised path of the scope unit: everything under it is visible. */
  scopePath: string;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.roles, permission) || !effectivePermissions(actor).includes(permission)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
  }
}

/**
 * Audit entries are not bound to one unit yet, so only actors whose scope is a root of the
 * hierarchy (province level) may read them; a narrower scope would see other units' changes.
 */
export function actsForRoot(actor: Actor): boolean {
  return actor.scopePath.split('/').filter(Boolean).length === 1;
}

/** The permissions an actor really has: those of the roles, less what its scope rules out. */
export function effectivePermissions(actor: Actor): Permission[] {
  const all = [...new Set(actor.roles.flatMap((r) => ROLE_PERMISSIONS[r]))];
  return actsForRoot(actor) ? all : all.filter((p) => p !== 'audit:read');
}

export function canSee(actor: Actor, unitPath: string): boolean {
  return isWithin(unitPath, actor.scopePath);
}

/**
 * A unit outside the actor's scope answers 404, not 403, so the existence of other units'
 * records does not leak; inside the scope, a missing permission answers 403.
 */
export function requireUnitAccess(actor: Actor, permission: Permission, unitPath: string | null, what = 'Đơn vị'): void {
  if (unitPath === null || !canSee(actor, unitPath)) {
    throw new AppError('NOT_FOUND', `${what} không tồn tại hoặc nằm ngoài phạm vi của bạn`);
  }
  requirePermission(actor, permission);
}
