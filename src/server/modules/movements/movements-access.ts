/**
 * Who may see and change a movement. Visible: launched in the actor's scope or by an ancestor of
 * it, or addressing a unit that meets the scope (directly or through a Cụm/Khối). Writable: its
 * owner unit is in the actor's scope, with movement:write.
 */
import { AppError } from '../../../contract/errors.js';
import type { Permission } from '../../../contract/roles.js';
import { hasPermission } from '../../../contract/roles.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import * as repo from './movements.repo.js';

export const movementNotFound = () => new AppError('NOT_FOUND', 'Phong trào thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');

/** The operator (null actor) sees every movement. */
export const scopePathOf = (actor: Actor | null) => actor?.scopePath ?? '/';

/** May the actor change this movement (and its indicators)? */
export function canEditMovement(actor: Actor | null, row: Pick<repo.MovementRow, 'ownerPath'>): boolean {
  if (!actor) return true;
  return hasPermission(actor.roles, 'movement:write') && canSee(actor, row.ownerPath);
}

/** A movement the actor may see, or 404; `lock` holds its row until the transaction ends. */
export async function loadMovement(ctx: ServiceContext, actor: Actor | null, id: string, lock = false): Promise<repo.MovementRow> {
  if (actor) requirePermission(actor, 'movement:read');
  const [row] = await repo.listMovements(ctx.db, { scopePath: scopePathOf(actor), ids: [id], lock });
  if (!row) throw movementNotFound();
  return row;
}

/** A movement the actor may change: visible (else 404), with the permission and its owner in scope (else 403). */
export async function loadWritableMovement(ctx: ServiceContext, actor: Actor | null, id: string, permission: Permission = 'movement:write') {
  const row = await loadMovement(ctx, actor, id, true);
  if (actor) {
    requirePermission(actor, permission);
    if (!canSee(actor, row.ownerPath)) throw new AppError('FORBIDDEN', 'Chỉ đơn vị phát động mới sửa được phong trào này');
  }
  return row;
}
