/**
 * Who may see and run a council. A council is seen by the actors whose scope holds its unit and
 * by its own active members (a commune chairman sitting on the district council has a commune
 * scope); it is run by those of the first kind who hold council:manage.
 */
import { AppError } from '../../../contract/errors.js';
import { canSee, effectivePermissions, type Actor } from '../../http/actor.js';
import type { Db } from '../../db/open.js';
import * as repo from './councils.repo.js';

export interface CouncilAccess {
  council: repo.CouncilRow;
  /** The actor's own active membership, or null. */
  member: repo.MemberRow | null;
  canManage: boolean;
  /** council:vote held (membership and attendance are checked separately). */
  mayVote: boolean;
}

const notFound = () => new AppError('NOT_FOUND', 'Hội đồng không tồn tại hoặc nằm ngoài phạm vi của bạn');

/** The council as the actor may see it: 404 when it does not exist or is out of sight. A null actor is the system. */
export async function councilAccess(db: Db, actor: Actor | null, councilId: string): Promise<CouncilAccess> {
  const council = await repo.findCouncil(db, councilId);
  if (!council) throw notFound();
  if (actor === null) return { council, member: null, canManage: true, mayVote: false };
  const member = await repo.activeMemberOfUser(db, councilId, actor.userId);
  const inScope = canSee(actor, council.unitPath);
  if (!inScope && !member) throw notFound();
  const permissions = effectivePermissions(actor);
  return { council, member, canManage: inScope && permissions.includes('council:manage'), mayVote: permissions.includes('council:vote') };
}

/** 403 unless the actor may run this council (its scope holds the unit and it has council:manage). */
export function requireManage(access: CouncilAccess): void {
  if (!access.canManage) throw new AppError('FORBIDDEN', 'Bạn không có quyền quản lý hội đồng, phiên họp này');
}
