import { AppError } from '../../contract/errors.js';
import { hasPermission, type Permission, type Role } from '../../contract/roles.js';
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
  if (!hasPermission(actor.roles, permission)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
  }
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
