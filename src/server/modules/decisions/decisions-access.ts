/** Who may see and change a decision: the unit that issues it must be in the actor's scope. */
import { AppError } from '../../../contract/errors.js';
import type { Permission } from '../../../contract/roles.js';
import type { ServiceContext } from '../../context.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import * as repo from './decisions.repo.js';

/**
 * A decision of a unit in the actor's scope (else 404, so other districts' decisions do not
 * leak), with the permission (else 403). A null actor is the operator (seeding, CLI).
 */
export async function loadDecision(ctx: ServiceContext, actor: Actor | null, id: string, permission: Permission = 'award:read', lock = false): Promise<repo.DecisionRow> {
  const row = await repo.findDecision(ctx.db, id, lock);
  if (actor) requireUnitAccess(actor, permission, row?.unitPath ?? null, 'Quyết định');
  else if (!row) throw new AppError('NOT_FOUND', 'Quyết định không tồn tại');
  return row!;
}
