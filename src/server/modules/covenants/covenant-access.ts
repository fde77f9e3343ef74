/**
 * Who may do what with a covenant. The organiser's side (scope over the organiser, group:write)
 * runs it; a member unit's own people (scope inside the member) sign and score for it; the head
 * unit's head closes scoring and adjusts scores once scoring is closed.
 */
import { AppError } from '../../../contract/errors.js';
import { hasPermission } from '../../../contract/roles.js';
import { isWithin } from '../../../core/tree.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, type Actor } from '../../http/actor.js';
import * as repo from './covenants.repo.js';

export type Member = Awaited<ReturnType<typeof repo.memberUnits>>[number];

export interface CovenantAccess {
  row: repo.CovenantRow;
  members: Member[];
  /** Edits the table, opens and closes the covenant, adjusts scores. */
  canManage: boolean;
  /** Closes scoring and adjusts scores: the managers and the head unit's head. */
  canSteer: boolean;
  /** Sees every member's scores while scoring is still open. */
  seesAllEarly: boolean;
  scoresFor: (unitId: string) => boolean;
  signsFor: (unitId: string) => boolean;
}

export const covenantNotFound = () => new AppError('NOT_FOUND', 'Giao ước không tồn tại hoặc nằm ngoài phạm vi của bạn');

/** The actor works for the unit: its scope lies inside it (a commune's reporter for the commune). */
const actsFor = (actor: Actor, unitPath: string) => isWithin(actor.scopePath, unitPath);

export async function covenantAccess(db: Db, actor: Actor | null, id: string, lock = false): Promise<CovenantAccess> {
  const row = await repo.findCovenant(db, id, lock);
  if (!row) throw covenantNotFound();
  const members = await repo.memberUnits(db, row.groupId);
  if (actor === null) {
    return { row, members, canManage: true, canSteer: true, seesAllEarly: true, scoresFor: () => true, signsFor: () => true };
  }
  const organiserSide = canSee(actor, row.organiserPath);
  const visible = organiserSide || members.some((m) => canSee(actor, m.unitPath) || actsFor(actor, m.unitPath));
  if (!visible || !hasPermission(actor.roles, 'group:read')) throw covenantNotFound();
  const canManage = organiserSide && hasPermission(actor.roles, 'group:write');
  const head = members.find((m) => m.unitId === row.headUnitId);
  const headActs = head !== undefined && actsFor(actor, head.unitPath) && hasPermission(actor.roles, 'covenant:sign');
  const pathOf = new Map(members.map((m) => [m.unitId, m.unitPath]));
  const may = (permission: 'covenant:score' | 'covenant:sign') => (unitId: string) => {
    const path = pathOf.get(unitId);
    return path !== undefined && actsFor(actor, path) && hasPermission(actor.roles, permission);
  };
  return { row, members, canManage, canSteer: canManage || headActs, seesAllEarly: organiserSide, scoresFor: may('covenant:score'), signsFor: may('covenant:sign') };
}

export function requireManage(access: CovenantAccess): void {
  if (!access.canManage) throw new AppError('FORBIDDEN', 'Chỉ đơn vị tổ chức cụm, khối sửa được giao ước này');
}

export function requireSteer(access: CovenantAccess): void {
  if (!access.canSteer) throw new AppError('FORBIDDEN', 'Chỉ đơn vị tổ chức hoặc Trưởng cụm, khối làm được việc này');
}

export function requireStatus(access: CovenantAccess, allowed: readonly string[], doing: string): void {
  if (!allowed.includes(access.row.status)) throw new AppError('CONFLICT', `Giao ước đang ở trạng thái "${STATUS_LABEL[access.row.status] ?? access.row.status}": không ${doing} được`);
}

export const STATUS_LABEL: Record<string, string> = { draft: 'dự thảo', scoring: 'đang chấm điểm', review: 'đã khóa chấm điểm', closed: 'đã kết thúc' };

/** A member's scores are private to it (and the organiser) until scoring closes. */
export function seesScoresOf(access: CovenantAccess, unitId: string): boolean {
  return access.row.status === 'review' || access.row.status === 'closed' || access.seesAllEarly || access.scoresFor(unitId) || access.signsFor(unitId);
}

export function requireMember(access: CovenantAccess, unitId: string) {
  const member = access.members.find((m) => m.unitId === unitId);
  if (!member) throw new AppError('NOT_FOUND', 'Đơn vị không là thành viên của cụm, khối này');
  return member;
}

export function requireBeforeDeadline(ctx: ServiceContext, access: CovenantAccess) {
  if (todayInVietnam(ctx.now()) > access.row.scoringDeadline) {
    throw new AppError('CONFLICT', `Đã hết hạn nộp bảng tự chấm điểm (${formatDateVi(access.row.scoringDeadline)})`);
  }
}
