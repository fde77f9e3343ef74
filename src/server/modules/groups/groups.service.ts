import { AppError } from '../../../contract/errors.js';
import type { CreateGroupBody, Group, GroupKind, UpdateGroupBody } from '../../../contract/groups.js';
import { vietnameseSortKey } from '../../../core/text.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit, findUnitsByIds } from '../units/units.repo.js';
import * as repo from './groups.repo.js';

async function present(ctx: ServiceContext, rows: repo.GroupRow[]): Promise<Group[]> {
  const members = await repo.listMembers(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    kind: r.kind as GroupKind,
    name: r.name,
    organiserUnitId: r.organiserUnitId,
    organiserName: r.organiserName,
    headUnitId: r.headUnitId,
    deputyUnitId: r.deputyUnitId,
    note: r.note,
    version: r.version,
    members: members.filter((m) => m.groupId === r.id).map(({ unitId, unitName, unitCode }) => ({ unitId, unitName, unitCode })),
  }));
}

/** A group is visible when its organiser is in the actor's scope or the actor's unit subtree has a member in it. */
function isVisible(actor: Actor, group: repo.GroupRow, memberPaths: string[]): boolean {
  return canSee(actor, group.organiserPath) || memberPaths.some((p) => canSee(actor, p));
}

/** Lists the clusters and blocks the actor may see. */
export async function listGroups(
  ctx: ServiceContext,
  actor: Actor,
  query: { year?: number; kind?: GroupKind; organiserUnitId?: string; memberUnitId?: string },
): Promise<Group[]> {
  requirePermission(actor, 'group:read');
  const rows = await repo.listGroups(ctx.db, query);
  const members = await repo.listMembers(ctx.db, rows.map((r) => r.id));
  const visible = rows.filter((g) => isVisible(actor, g, members.filter((m) => m.groupId === g.id).map((m) => m.unitPath)));
  return present(ctx, visible);
}

export async function getGroup(ctx: ServiceContext, actor: Actor, id: string): Promise<Group> {
  requirePermission(actor, 'group:read');
  const [row] = await repo.listGroups(ctx.db, { ids: [id] });
  const members = row ? await repo.listMembers(ctx.db, [id]) : [];
  if (!row || !isVisible(actor, row, members.map((m) => m.unitPath))) {
    throw new AppError('NOT_FOUND', 'Cụm, khối thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  return (await present(ctx, [row]))[0]!;
}

/**
 * A group the actor cannot see answers 404; one they see (as a member) but do not organise
 * answers 403, like any record inside the scope without the permission.
 */
async function requireGroupWrite(ctx: ServiceContext, actor: Actor, row: repo.GroupRow | undefined): Promise<repo.GroupRow> {
  const members = row ? await repo.listMembers(ctx.db, [row.id]) : [];
  if (!row || !isVisible(actor, row, members.map((m) => m.unitPath))) {
    throw new AppError('NOT_FOUND', 'Cụm, khối thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  requirePermission(actor, 'group:write');
  if (!canSee(actor, row.organiserPath)) {
    throw new AppError('FORBIDDEN', 'Chỉ đơn vị tổ chức cụm, khối mới sửa được cụm, khối này');
  }
  return row;
}

async function validate(ctx: ServiceContext, actor: Actor | null, body: CreateGroupBody, exceptGroupId?: string) {
  const organiser = await findUnit(ctx.db, body.organiserUnitId);
  if (actor) requireUnitAccess(actor, 'group:write', organiser?.path ?? null, 'Đơn vị tổ chức');
  else if (!organiser) throw invalidField('organiserUnitId', 'Đơn vị tổ chức không tồn tại');
  const memberIds = [...new Set(body.memberUnitIds)];
  const units = await findUnitsByIds(ctx.db, memberIds);
  for (const id of memberIds) {
    const u = units.find((x) => x.id === id);
    if (!u || !isWithin(u.path, organiser!.path) || u.id === organiser!.id) {
      throw invalidField('memberUnitIds', 'Đơn vị thành viên phải là đơn vị trực thuộc đơn vị tổ chức');
    }
    if (u.status !== 'active') throw invalidField('memberUnitIds', `Đơn vị "${u.name}" đã giải thể, sáp nhập`);
  }
  for (const [field, unitId] of [['headUnitId', body.headUnitId], ['deputyUnitId', body.deputyUnitId]] as const) {
    if (unitId && !memberIds.includes(unitId)) {
      throw invalidField(field, field === 'headUnitId' ? 'Trưởng cụm, khối phải là một đơn vị thành viên' : 'Phó trưởng cụm, khối phải là một đơn vị thành viên');
    }
  }
  if (body.headUnitId && body.headUnitId === body.deputyUnitId) {
    throw invalidField('deputyUnitId', 'Trưởng và phó trưởng cụm, khối phải là hai đơn vị khác nhau');
  }
  await repo.lockGroupSet(ctx.db, body.organiserUnitId, body.year);
  const clashes = await repo.findClashes(ctx.db, body.organiserUnitId, body.year, memberIds, exceptGroupId);
  if (clashes.length) {
    const list = clashes.map((c) => `"${c.unitName}" (đã thuộc "${c.groupName}")`).join(', ');
    throw new AppError('CONFLICT', `Mỗi đơn vị chỉ thuộc một cụm, khối thi đua của cùng đơn vị tổ chức trong một năm: ${list}`, {
      memberUnitIds: `Đã thuộc cụm, khối khác năm ${body.year}: ${list}`,
    });
  }
  return memberIds;
}

/** Creates a cluster or block for a year. */
export async function createGroup(ctx: ServiceContext, actor: Actor | null, body: CreateGroupBody): Promise<Group> {
  const id = await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const memberIds = await validate(tctx, actor, body);
    const newId = await repo.insertGroup(tx, {
      year: body.year,
      kind: body.kind,
      name: body.name,
      organiserUnitId: body.organiserUnitId,
      headUnitId: body.headUnitId,
      deputyUnitId: body.deputyUnitId,
      note: body.note ?? null,
      sortKey: vietnameseSortKey(body.name),
    });
    await repo.replaceMembers(tx, newId, body.organiserUnitId, body.year, memberIds);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'group.create', entityType: 'group', entityId: newId, after: body });
    return newId;
  });
  return getGroupUnchecked(ctx, id);
}

async function getGroupUnchecked(ctx: ServiceContext, id: string): Promise<Group> {
  return (await present(ctx, await repo.listGroups(ctx.db, { ids: [id] })))[0]!;
}

/** Replaces a group's fields and members, with lost-update protection. */
export async function updateGroup(ctx: ServiceContext, actor: Actor, id: string, body: UpdateGroupBody): Promise<Group> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const [row] = await repo.listGroups(tx, { ids: [id] });
    const current = await requireGroupWrite(tctx, actor, row);
    if (current.version !== body.version) throw staleVersion();
    const memberIds = await validate(tctx, actor, body, id);
    const before = (await present(tctx, [current]))[0];
    const ok = await repo.updateGroup(tx, id, body.version, {
      year: body.year,
      kind: body.kind,
      name: body.name,
      organiserUnitId: body.organiserUnitId,
      headUnitId: body.headUnitId,
      deputyUnitId: body.deputyUnitId,
      note: body.note ?? null,
      sortKey: vietnameseSortKey(body.name),
    });
    if (!ok) throw staleVersion();
    await repo.replaceMembers(tx, id, body.organiserUnitId, body.year, memberIds);
    await appendAudit(tx, { actorUserId: actor.userId, action: 'group.update', entityType: 'group', entityId: id, before, after: body });
  });
  return getGroupUnchecked(ctx, id);
}

/** Deletes a group (and its memberships). */
export async function deleteGroup(ctx: ServiceContext, actor: Actor, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await repo.listGroups(tx, { ids: [id] });
    const current = await requireGroupWrite({ ...ctx, db: tx }, actor, row);
    if (current.version !== version) throw staleVersion();
    // Movements and covenants keep their group (foreign keys without cascade): refuse by name
    // rather than let the database refuse with a 500.
    const uses = await repo.groupUses(tx, id);
    const named = [...uses.movements.map((n) => `phong trào "${n}"`), ...uses.covenants.map((n) => `giao ước "${n}"`)];
    if (named.length) {
      throw new AppError('CONFLICT', `Cụm, khối "${current.name}" đang được dùng trong ${named.join(', ')}: không xóa được. Hãy bỏ cụm, khối khỏi các phong trào và giao ước đó trước.`);
    }
    const before = (await present({ ...ctx, db: tx }, [current]))[0];
    await repo.deleteGroup(tx, id);
    await appendAudit(tx, { actorUserId: actor.userId, action: 'group.delete', entityType: 'group', entityId: id, before });
  });
}
