/**
 * Who may see and change a document. Visible: its register (owner unit) is in the actor's scope,
 * or it was issued and delivered to a unit there. Writable: visible, with the permission, and
 * held in the actor's scope.
 */
import { AppError } from '../../../contract/errors.js';
import type { Permission } from '../../../contract/roles.js';
import { fullDocumentNumber } from '../../../core/document-numbers.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import * as repo from './documents.repo.js';

const notFound = () => new AppError('NOT_FOUND', 'Văn bản không tồn tại hoặc nằm ngoài phạm vi của bạn');

/**
 * A document the actor may see, or 404 (so other districts' documents do not leak); `owns` says
 * whether the actor acts for its owner unit (and so may change it). A null actor is the operator.
 */
export async function loadDocument(ctx: ServiceContext, actor: Actor | null, id: string, lock = false) {
  const row = await repo.findDocument(ctx.db, id, lock);
  if (!row) throw notFound();
  if (!actor) return { row, owns: true };
  const owns = canSee(actor, row.ownerPath);
  if (!owns && !(row.status === 'issued' && (await repo.isDeliveredUnder(ctx.db, id, actor.scopePath)))) throw notFound();
  requirePermission(actor, 'document:read');
  return { row, owns };
}

/** A document the actor may change: visible, with the permission, and held in the actor's scope. */
export async function loadWritableDocument(ctx: ServiceContext, actor: Actor | null, id: string, permission: Permission = 'document:write') {
  const { row, owns } = await loadDocument(ctx, actor, id, true);
  if (actor) {
    requirePermission(actor, permission);
    if (!owns) throw new AppError('FORBIDDEN', 'Chỉ đơn vị giữ sổ của văn bản này mới thay đổi được văn bản');
  }
  return row;
}

export function frozen(row: repo.DocumentRow): AppError {
  return new AppError(
    'CONFLICT',
    `Văn bản số ${fullDocumentNumber(row.numberText, row.symbol)} đã ban hành ngày ${row.issuedOn}: không sửa, không thêm tệp được nữa`,
  );
}
