/**
 * Đăng ký thi đua: a unit's yearly commitments and the titles it aims for, under a movement.
 * Chưa gửi → Chờ duyệt → Trả lại (bổ sung) → Chờ duyệt → Đã duyệt; the movement's owner reviews.
 */
import { AppError } from '../../../contract/errors.js';
import { hasPermission } from '../../../contract/roles.js';
import type {
  CreateRegistrationBody,
  Registration,
  RegistrationStatus,
  UpdateRegistrationBody,
} from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { listIndicators } from '../movements/indicators.repo.js';
import { scopePathOf } from '../movements/movements-access.js';
import { isScopeMember, listMovements } from '../movements/movements.repo.js';
import { findUnit } from '../units/units.repo.js';
import * as repo from './registrations.repo.js';

type Commitment = Registration['commitments'][number];
type TitleAim = Registration['titles'][number];

const EDITABLE: readonly RegistrationStatus[] = ['not_sent', 'returned'];
const STATUS_NAMES: Record<RegistrationStatus, string> = {
  not_sent: 'chưa gửi',
  pending: 'đang chờ duyệt',
  returned: 'đã trả lại để bổ sung',
  approved: 'đã được duyệt',
};

const notFound = () => new AppError('NOT_FOUND', 'Đăng ký thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');

function present(actor: Actor | null, r: repo.RegistrationRow): Registration {
  const status = r.status as RegistrationStatus;
  const mayWrite = !actor || (hasPermission(actor.roles, 'registration:write') && canSee(actor, r.unitPath));
  const mayReview = !actor || (hasPermission(actor.roles, 'registration:review') && canSee(actor, r.ownerPath));
  return {
    id: r.id,
    movementId: r.movementId,
    movementName: r.movementName,
    unitId: r.unitId,
    unitName: r.unitName,
    year: r.year,
    status,
    commitments: r.commitments as Commitment[],
    titles: r.titles as TitleAim[],
    reviewComment: r.reviewComment,
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
    reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
    can: { edit: mayWrite && EDITABLE.includes(status), review: mayReview && status === 'pending' },
    version: r.version,
  };
}

/** A registration the actor sees (its unit or the movement's owner in the scope), or 404. */
async function loadRegistration(ctx: ServiceContext, actor: Actor | null, id: string, lock = false): Promise<repo.RegistrationRow> {
  const [row] = await repo.listRegistrations(ctx.db, { scopePath: scopePathOf(actor), ids: [id], lock });
  if (!row) throw notFound();
  if (actor) requirePermission(actor, 'movement:read');
  return row;
}

/** …that the actor may fill in and send: the registering unit is in the scope, with registration:write. */
async function loadForUnit(ctx: ServiceContext, actor: Actor | null, id: string) {
  const row = await loadRegistration(ctx, actor, id, true);
  if (actor) {
    requirePermission(actor, 'registration:write');
    if (!canSee(actor, row.unitPath)) throw new AppError('FORBIDDEN', 'Chỉ đơn vị đăng ký mới sửa, gửi được bản đăng ký này');
  }
  return row;
}

/** …that the actor may return or approve: the movement's owner is in the scope, with registration:review. */
async function loadForReview(ctx: ServiceContext, actor: Actor | null, id: string) {
  const row = await loadRegistration(ctx, actor, id, true);
  if (actor) {
    requirePermission(actor, 'registration:review');
    if (!canSee(actor, row.ownerPath)) throw new AppError('FORBIDDEN', 'Chỉ đơn vị phát động phong trào mới duyệt được đăng ký thi đua');
  }
  return row;
}

function wrongStatus(row: repo.RegistrationRow, action: string): AppError {
  return new AppError('CONFLICT', `Đăng ký của ${row.unitName} năm ${row.year} ${STATUS_NAMES[row.status as RegistrationStatus]}: không ${action} được`);
}

async function checkCommitments(ctx: ServiceContext, movementId: string, commitments: Commitment[]) {
  const wanted = commitments.map((c) => c.indicatorId).filter((id): id is string => id !== null);
  if (wanted.length === 0) return;
  const own = new Set((await listIndicators(ctx.db, [movementId])).map((i) => i.id));
  if (wanted.some((id) => !own.has(id))) throw invalidField('commitments', 'Chỉ tiêu của nội dung cam kết phải là chỉ tiêu của phong trào');
}

async function getUnchecked(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Registration> {
  const [row] = await repo.listRegistrations(ctx.db, { scopePath: '/', ids: [id] });
  return present(actor, row!);
}

/**
 * Opens a unit's registration for a movement and year (chưa gửi). When it already exists the
 * existing one is answered (`created: false`), so a repeated click never makes two.
 */
export async function createRegistration(
  ctx: ServiceContext,
  actor: Actor | null,
  body: CreateRegistrationBody,
): Promise<{ registration: Registration; created: boolean }> {
  const unit = await findUnit(ctx.db, body.unitId);
  if (actor) requireUnitAccess(actor, 'registration:write', unit?.path ?? null, 'Đơn vị');
  else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
  const [movement] = await listMovements(ctx.db, { scopePath: scopePathOf(actor), ids: [body.movementId] });
  if (!movement) throw invalidField('movementId', 'Phong trào thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');
  if (!(await isScopeMember(ctx.db, movement.id, body.unitId))) {
    throw invalidField('unitId', `${unit!.name} không thuộc các đơn vị, cụm, khối tham gia phong trào "${movement.name}"`);
  }
  const first = Number(movement.startsOn.slice(0, 4));
  const last = movement.endsOn ? Number(movement.endsOn.slice(0, 4)) : Infinity;
  if (body.year < first || body.year > last) {
    throw invalidField('year', `Năm đăng ký phải trong thời gian của phong trào (${first}${Number.isFinite(last) ? `–${last}` : ' trở đi'})`);
  }
  await checkCommitments(ctx, movement.id, body.commitments);

  const existing = await repo.findRegistrationId(ctx.db, body.movementId, body.unitId, body.year);
  if (existing) return { registration: await getUnchecked(ctx, actor, existing), created: false };
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const now = ctx.now().toISOString();
      const newId = await repo.insertRegistration(tx, {
        movementId: body.movementId,
        unitId: body.unitId,
        year: body.year,
        status: 'not_sent',
        commitments: body.commitments,
        titles: body.titles,
        createdAt: now,
        updatedAt: now,
      });
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'registration.create', entityType: 'registration', entityId: newId, after: body });
      return newId;
    });
    return { registration: await getUnchecked(ctx, actor, id), created: true };
  } catch (err) {
    // Two clicks at once: the second finds the first one's row.
    if (!isUniqueViolation(err, 'registrations_once_key')) throw err;
    const id = await repo.findRegistrationId(ctx.db, body.movementId, body.unitId, body.year);
    return { registration: await getUnchecked(ctx, actor, id!), created: false };
  }
}

/** Registrations the actor sees: of units in the scope, or of movements launched there. */
export async function listRegistrations(
  ctx: ServiceContext,
  actor: Actor,
  query: { movementId?: string; unitId?: string; year?: number; status?: RegistrationStatus },
): Promise<Registration[]> {
  requirePermission(actor, 'movement:read');
  const rows = await repo.listRegistrations(ctx.db, { scopePath: actor.scopePath, ...query });
  return rows.map((r) => present(actor, r));
}

export async function getRegistration(ctx: ServiceContext, actor: Actor, id: string): Promise<Registration> {
  return present(actor, await loadRegistration(ctx, actor, id));
}

/** Replaces the commitments and titles of a registration not yet sent, or returned for more. */
export async function updateRegistration(ctx: ServiceContext, actor: Actor, id: string, body: UpdateRegistrationBody): Promise<Registration> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const row = await loadForUnit(tctx, actor, id);
    if (row.version !== body.version) throw staleVersion();
    if (!EDITABLE.includes(row.status as RegistrationStatus)) throw wrongStatus(row, 'sửa');
    await checkCommitments(tctx, row.movementId, body.commitments);
    const ok = await repo.updateRegistration(tx, id, body.version, { commitments: body.commitments, titles: body.titles, updatedAt: ctx.now().toISOString() });
    if (!ok) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor.userId,
      action: 'registration.update',
      entityType: 'registration',
      entityId: id,
      before: { commitments: row.commitments, titles: row.titles },
      after: { commitments: body.commitments, titles: body.titles },
    });
  });
  return getUnchecked(ctx, actor, id);
}

/** Sends the registration to the movement's owner (chờ duyệt). */
export async function submitRegistration(ctx: ServiceContext, actor: Actor, id: string, version: number): Promise<Registration> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadForUnit({ ...ctx, db: tx }, actor, id);
    if (row.version !== version) throw staleVersion();
    if (!EDITABLE.includes(row.status as RegistrationStatus)) throw wrongStatus(row, 'gửi');
    if ((row.commitments as Commitment[]).length + (row.titles as TitleAim[]).length === 0) {
      throw invalidField('commitments', 'Bản đăng ký cần ít nhất một nội dung cam kết hoặc một danh hiệu đăng ký');
    }
    const now = ctx.now().toISOString();
    const ok = await repo.updateRegistration(tx, id, version, { status: 'pending', submittedAt: now, submittedBy: actor.userId, updatedAt: now });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor.userId, action: 'registration.submit', entityType: 'registration', entityId: id, before: { status: row.status }, after: { status: 'pending' } });
  });
  return getUnchecked(ctx, actor, id);
}

/** Returns a pending registration to its unit with what to add or correct. */
export async function returnRegistration(ctx: ServiceContext, actor: Actor, id: string, version: number, comment: string): Promise<Registration> {
  return review(ctx, actor, id, version, 'returned', comment);
}

/** Approves a pending registration. */
export async function approveRegistration(ctx: ServiceContext, actor: Actor, id: string, version: number): Promise<Registration> {
  return review(ctx, actor, id, version, 'approved', null);
}

async function review(ctx: ServiceContext, actor: Actor, id: string, version: number, status: 'returned' | 'approved', comment: string | null) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadForReview({ ...ctx, db: tx }, actor, id);
    if (row.version !== version) throw staleVersion();
    if (row.status !== 'pending') throw wrongStatus(row, status === 'approved' ? 'duyệt' : 'trả lại');
    const now = ctx.now().toISOString();
    // An approval closes the exchange: the last request for more no longer applies.
    const ok = await repo.updateRegistration(tx, id, version, { status, reviewComment: comment, reviewedAt: now, reviewedBy: actor.userId, updatedAt: now });
    if (!ok) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor.userId,
      action: status === 'approved' ? 'registration.approve' : 'registration.return',
      entityType: 'registration',
      entityId: id,
      before: { status: row.status },
      after: { status, comment },
    });
  });
  return getUnchecked(ctx, actor, id);
}
