import { randomUUID } from 'node:crypto';
import { AppError } from '../../../contract/errors.js';
import type {
  CloseUnitBody,
  CreateUnitBody,
  ListUnitsQuery,
  Unit,
  UnitKind,
  UnitLineage,
  UpdateUnitBody,
} from '../../../contract/units.js';
import { todayInVietnam } from '../../../core/dates.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import { childPath, depthOf, idsOnPath, isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './units.repo.js';

export function toUnit(row: repo.UnitViewRow): Unit {
  const { path: _path, ...unit } = row;
  return { ...unit, kind: unit.kind as UnitKind, status: unit.status as Unit['status'] };
}

/**
 * Names only: codes such as "TUACHUA.PNV" would otherwise make every unit of the district match
 * "tua chua". Codes are searched separately, when the query is a single token.
 */
export function unitSearchText(name: string, shortName?: string | null): string {
  return foldForSearch([name, shortName ?? ''].join(' '));
}

/** Lists the units the actor may see, filtered and in Vietnamese order. */
export async function listUnits(ctx: ServiceContext, actor: Actor, query: ListUnitsQuery) {
  requirePermission(actor, 'unit:read');
  let ancestorPath: string | undefined;
  if (query.ancestorId) {
    const path = await repo.findUnitPath(ctx.db, query.ancestorId);
    requireUnitAccess(actor, 'unit:read', path);
    ancestorPath = path!;
  }
  const kinds = query.kind === undefined ? undefined : Array.isArray(query.kind) ? query.kind : [query.kind];
  const page = await repo.listUnits(ctx.db, {
    scopePath: actor.scopePath,
    searchFolded: query.q ? foldForSearch(query.q) : undefined,
    codeSearch: query.q && !/\s/.test(query.q.trim()) ? query.q.trim().toUpperCase() : undefined,
    kinds,
    parentId: query.parentId,
    ancestorPath,
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: page.items.map(toUnit), total: page.total };
}

/** One unit the actor may see, or NOT_FOUND. */
export async function getUnit(ctx: ServiceContext, actor: Actor, id: string): Promise<Unit> {
  const row = await repo.findUnitView(ctx.db, id);
  requireUnitAccess(actor, 'unit:read', row?.path ?? null);
  return toUnit(row!);
}

/** The chain of units from the actor's scope down to this unit (breadcrumb). */
export async function getUnitPath(ctx: ServiceContext, actor: Actor, id: string) {
  const path = await repo.findUnitPath(ctx.db, id);
  requireUnitAccess(actor, 'unit:read', path);
  const visible = idsOnPath(path!).filter((_, i, all) => isWithin(`/${all.slice(0, i + 1).join('/')}/`, actor.scopePath));
  const rows = await repo.findAncestors(ctx.db, visible);
  return rows.map((r) => ({ ...r, kind: r.kind as UnitKind }));
}

async function requireWritableParent(ctx: ServiceContext, actor: Actor | null, parentId: string) {
  const parent = await repo.findUnit(ctx.db, parentId);
  if (!parent || (actor && !canSee(actor, parent.path))) {
    throw invalidField('parentId', 'Đơn vị cấp trên không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  if (parent.status !== 'active') throw invalidField('parentId', `Đơn vị cấp trên "${parent.name}" đã giải thể, sáp nhập`);
  return parent;
}

/**
 * Creates a unit under a parent the actor manages. A root unit (no parent) is created only
 * by an operator through the CLI or the demo seed, never over HTTP.
 */
export async function createUnit(ctx: ServiceContext, actor: Actor | null, body: CreateUnitBody): Promise<Unit> {
  if (actor) requirePermission(actor, 'unit:write');
  if (actor && body.parentId === null) {
    throw new AppError('FORBIDDEN', 'Chỉ người vận hành hệ thống (lệnh thidua) mới tạo được đơn vị gốc', {
      parentId: 'Chọn đơn vị cấp trên',
    });
  }
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const parent = body.parentId ? await requireWritableParent({ ...ctx, db: tx }, actor, body.parentId) : null;
    if (await repo.codeTaken(tx, body.code)) throw invalidField('code', `Mã đơn vị "${body.code}" đã tồn tại`);
    const path = childPath(parent?.path ?? null, id);
    await repo.insertUnit(tx, {
      id,
      code: body.code,
      name: body.name,
      shortName: body.shortName ?? null,
      kind: body.kind,
      parentId: parent?.id ?? null,
      path,
      depth: depthOf(path),
      validFrom: body.validFrom ?? null,
      illustrative: body.illustrative,
      note: body.note ?? null,
      searchText: unitSearchText(body.name, body.shortName),
      sortKey: vietnameseSortKey(body.name),
    });
    if (parent) await repo.insertParentLink(tx, { unitId: id, parentId: parent.id, validFrom: body.validFrom ?? null });
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'unit.create', entityType: 'unit', entityId: id, after: body });
  });
  return toUnit((await repo.findUnitView(ctx.db, id))!);
}

/**
 * Edits a unit; a new parent moves its whole subtree and is recorded in the parent history.
 * A null actor is the operator (CLI import), who works on the whole tree.
 */
export async function updateUnit(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateUnitBody): Promise<Unit> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findUnit(tx, id);
    if (actor) requireUnitAccess(actor, 'unit:write', before?.path ?? null);
    else if (!before) throw new AppError('NOT_FOUND', 'Đơn vị không tồn tại');
    const unit = before!;
    if (unit.version !== body.version) throw staleVersion();
    if (body.code && body.code !== unit.code && (await repo.codeTaken(tx, body.code, id))) {
      throw invalidField('code', `Mã đơn vị "${body.code}" đã tồn tại`);
    }
    const name = body.name ?? unit.name;
    const code = body.code ?? unit.code;
    const shortName = body.shortName === undefined ? unit.shortName : body.shortName;
    const moving = body.parentId !== undefined && body.parentId !== unit.parentId;
    if (moving) {
      if (actor && unit.path === actor.scopePath) throw invalidField('parentId', 'Không thể chuyển đơn vị gốc trong phạm vi của bạn');
      if (body.parentId === null) throw invalidField('parentId', 'Chọn đơn vị cấp trên');
      const parent = await requireWritableParent({ ...ctx, db: tx }, actor, body.parentId!);
      if (isWithin(parent.path, unit.path)) {
        throw invalidField('parentId', `Không thể chuyển "${unit.name}" vào chính nó hoặc đơn vị trực thuộc nó (tạo vòng lặp)`);
      }
      const movedOn = body.movedOn ?? todayInVietnam(ctx.now());
      const newPath = childPath(parent.path, id);
      await repo.movePaths(tx, unit.path, newPath, depthOf(newPath) - unit.depth);
      await repo.closeOpenParentLink(tx, id, movedOn);
      await repo.insertParentLink(tx, { unitId: id, parentId: parent.id, validFrom: movedOn });
    }
    const ok = await repo.updateUnit(tx, id, body.version, {
      code,
      name,
      shortName,
      kind: body.kind ?? unit.kind,
      ...(moving ? { parentId: body.parentId! } : {}),
      ...(body.illustrative !== undefined ? { illustrative: body.illustrative } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      searchText: unitSearchText(name, shortName),
      sortKey: vietnameseSortKey(name),
    });
    if (!ok) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: moving ? 'unit.move' : 'unit.update',
      entityType: 'unit',
      entityId: id,
      before: { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId, shortName: unit.shortName },
      after: body,
    });
  });
  return toUnit((await repo.findUnitView(ctx.db, id))!);
}

/** Closes a unit (merger, split, dissolution) and records its successors from the closing date. */
export async function closeUnit(ctx: ServiceContext, actor: Actor | null, id: string, body: CloseUnitBody): Promise<Unit> {
  await ctx.db.transaction(async (tx) => {
    const unit = await repo.findUnit(tx, id);
    if (actor) requireUnitAccess(actor, 'unit:write', unit?.path ?? null);
    else if (!unit) throw new AppError('NOT_FOUND', 'Đơn vị không tồn tại');
    if (unit!.status === 'closed') throw new AppError('CONFLICT', `Đơn vị "${unit!.name}" đã đóng từ ngày ${unit!.closedOn}`);
    if (actor && unit!.path === actor.scopePath) {
      throw new AppError('FORBIDDEN', 'Không thể đóng đơn vị mà bạn đang làm việc thay mặt');
    }
    if (unit!.version !== body.version) throw staleVersion();
    const successorIds = [...new Set(body.successorIds)];
    if (successorIds.includes(id)) throw invalidField('successorIds', 'Đơn vị không thể kế thừa chính nó');
    const successors = await repo.findUnitsByIds(tx, successorIds);
    for (const sid of successorIds) {
      const s = successors.find((u) => u.id === sid);
      if (!s || (actor && !canSee(actor, s.path))) {
        throw invalidField('successorIds', 'Đơn vị kế thừa không tồn tại hoặc nằm ngoài phạm vi của bạn');
      }
      if (s.status !== 'active') throw invalidField('successorIds', `Đơn vị kế thừa "${s.name}" đã đóng`);
    }
    if (body.event !== 'dissolve' && successorIds.length === 0) {
      throw invalidField('successorIds', 'Sáp nhập, chia tách, đổi tên hoặc chuyển giao cần ít nhất một đơn vị kế thừa');
    }
    const ok = await repo.updateUnit(tx, id, body.version, { status: 'closed', closedOn: body.closedOn });
    if (!ok) throw staleVersion();
    await repo.closeOpenParentLink(tx, id, body.closedOn);
    await repo.insertLineage(
      tx,
      successorIds.map((successorId) => ({
        predecessorId: id,
        successorId,
        event: body.event,
        effectiveOn: body.closedOn,
        note: body.note ?? null,
      })),
    );
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'unit.close',
      entityType: 'unit',
      entityId: id,
      before: { status: unit!.status },
      after: body,
    });
  });
  return toUnit((await repo.findUnitView(ctx.db, id))!);
}

/** Where a unit came from and what it became, with its parent history. */
export async function getLineage(ctx: ServiceContext, actor: Actor, id: string): Promise<UnitLineage> {
  const unit = await getUnit(ctx, actor, id);
  const map = (rows: Awaited<ReturnType<typeof repo.walkLineage>>) =>
    rows.map((r) => ({
      predecessorId: r.predecessor_id,
      predecessorName: r.predecessor_name,
      successorId: r.successor_id,
      successorName: r.successor_name,
      event: r.event as UnitLineage['origins'][number]['event'],
      effectiveOn: r.effective_on,
      depth: r.depth,
    }));
  const [origins, successors, parents] = [
    map(await repo.walkLineage(ctx.db, id, 'origins')),
    map(await repo.walkLineage(ctx.db, id, 'successors')),
    await repo.listParentLinks(ctx.db, id),
  ];
  return { unit, origins, successors, parents };
}
