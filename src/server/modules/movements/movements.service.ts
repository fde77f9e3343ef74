/** Phong trào thi đua: launching, reading and changing movements (their indicators: indicators.service). */
import type {
  CreateMovementBody,
  Indicator,
  Movement,
  MovementKind,
  MovementPhaseSpan,
  Target,
  UpdateMovementBody,
  ValueType,
  Direction,
  RollupRule,
} from '../../../contract/reporting.js';
import { fullDocumentNumber } from '../../../core/document-numbers.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { visibleDocumentIds } from '../documents/documents.repo.js';
import { listGroups, listMembers } from '../groups/groups.repo.js';
import { findUnit, findUnitsByIds } from '../units/units.repo.js';
import * as indicatorRepo from './indicators.repo.js';
import { canEditMovement, loadMovement, loadWritableMovement, scopePathOf } from './movements-access.js';
import * as repo from './movements.repo.js';

export type MovementSummary = Omit<Movement, 'indicators'>;

export function presentIndicator(r: indicatorRepo.IndicatorRow): Indicator {
  return {
    id: r.id,
    movementId: r.movementId,
    code: r.code,
    name: r.name,
    unitOfMeasure: r.unitOfMeasure,
    valueType: r.valueType as ValueType,
    direction: r.direction as Direction,
    rule: r.rule as RollupRule,
    denominatorIndicatorId: r.denominatorIndicatorId,
    baseline: r.baseline,
    targets: r.targets as Target[],
    required: r.required,
    position: r.position,
    note: r.note,
    version: r.version,
  };
}

async function presentSummaries(ctx: ServiceContext, actor: Actor | null, rows: repo.MovementRow[]): Promise<MovementSummary[]> {
  const ids = rows.map((r) => r.id);
  // One after another: ctx.db may be a transaction, whose one connection runs one query at a time.
  const docs = await repo.listBasisDocuments(ctx.db, ids);
  const units = await repo.listScopeUnits(ctx.db, ids);
  const groups = await repo.listScopeGroups(ctx.db, ids);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as MovementKind,
    ownerUnitId: r.ownerUnitId,
    ownerUnitName: r.ownerUnitName,
    level: levelOfUnitKind(r.ownerUnitKind),
    parentMovementId: r.parentMovementId,
    parentMovementName: r.parentMovementName,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    description: r.description,
    phases: r.phases as MovementPhaseSpan[],
    basisDocuments: docs
      .filter((d) => d.movementId === r.id)
      .map((d) => ({ documentId: d.documentId, documentNumber: fullDocumentNumber(d.numberText, d.symbol), subject: d.subject })),
    scopeUnits: units.filter((u) => u.movementId === r.id).map(({ unitId, unitName }) => ({ unitId, unitName })),
    scopeGroups: groups.filter((g) => g.movementId === r.id).map(({ groupId, groupName }) => ({ groupId, groupName })),
    canEdit: canEditMovement(actor, r),
    version: r.version,
  }));
}

async function presentMovement(ctx: ServiceContext, actor: Actor | null, row: repo.MovementRow): Promise<Movement> {
  const [summary] = await presentSummaries(ctx, actor, [row]);
  const indicators = await indicatorRepo.listIndicators(ctx.db, [row.id]);
  return { ...summary!, indicators: indicators.map(presentIndicator) };
}

/** Movements the actor sees, optionally matching words of the name (without diacritics) or running in a year. */
export async function listMovements(ctx: ServiceContext, actor: Actor, query: { q?: string; year?: number }): Promise<MovementSummary[]> {
  requirePermission(actor, 'movement:read');
  const words = foldForSearch(query.q ?? '').split(' ').filter(Boolean);
  const rows = await repo.listMovements(ctx.db, { scopePath: scopePathOf(actor), words, year: query.year });
  return presentSummaries(ctx, actor, rows);
}

/** One movement with its indicators (by position, then code). */
export async function getMovement(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Movement> {
  return presentMovement(ctx, actor, await loadMovement(ctx, actor, id));
}

/** The movement as it now is, for answers after a write (the writer has already been checked). */
export async function getMovementUnchecked(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Movement> {
  const [row] = await repo.listMovements(ctx.db, { scopePath: '/', ids: [id] });
  return presentMovement(ctx, actor, row!);
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Checks a movement's fields and references; answers the de-duplicated links to store.
 * Access to the owner unit is checked first (404 outside the scope, 403 without movement:write).
 */
async function validateMovement(ctx: ServiceContext, actor: Actor | null, body: CreateMovementBody, selfId?: string) {
  const owner = await findUnit(ctx.db, body.ownerUnitId);
  if (actor) requireUnitAccess(actor, 'movement:write', owner?.path ?? null, 'Đơn vị phát động');
  else if (!owner) throw invalidField('ownerUnitId', 'Đơn vị phát động không tồn tại');

  if (body.endsOn && body.endsOn < body.startsOn) throw invalidField('endsOn', 'Ngày kết thúc không được trước ngày bắt đầu');
  checkPhases(body);

  if (body.parentMovementId) {
    const [parent] = await repo.listMovements(ctx.db, { scopePath: scopePathOf(actor), ids: [body.parentMovementId] });
    if (!parent) throw invalidField('parentMovementId', 'Phong trào cấp trên không tồn tại hoặc nằm ngoài phạm vi của bạn');
    if (selfId && (await isAncestorOrSelf(ctx, selfId, parent.id))) {
      throw invalidField('parentMovementId', 'Phong trào cấp trên không được là chính phong trào này hoặc một phong trào triển khai nó');
    }
  }

  const documentIds = unique(body.basisDocumentIds);
  const visibleDocs = await visibleDocumentIds(ctx.db, documentIds, scopePathOf(actor));
  if (documentIds.some((id) => !visibleDocs.has(id))) {
    throw invalidField('basisDocumentIds', 'Văn bản căn cứ không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }

  const unitIds = unique(body.scopeUnitIds);
  const units = await findUnitsByIds(ctx.db, unitIds);
  for (const id of unitIds) {
    const u = units.find((x) => x.id === id);
    if (!u || (actor && !isWithin(u.path, owner!.path) && !canSee(actor, u.path))) {
      throw invalidField('scopeUnitIds', 'Đơn vị tham gia phải thuộc đơn vị phát động hoặc thuộc phạm vi của bạn');
    }
  }

  const groupIds = unique(body.scopeGroupIds);
  const groups = await listGroups(ctx.db, { ids: groupIds });
  const members = await listMembers(ctx.db, groupIds);
  for (const id of groupIds) {
    const g = groups.find((x) => x.id === id);
    const visible = g && (!actor || canSee(actor, g.organiserPath) || members.some((m) => m.groupId === id && canSee(actor, m.unitPath)));
    if (!visible) throw invalidField('scopeGroupIds', 'Cụm, khối thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  return { documentIds, unitIds, groupIds };
}

function checkPhases(body: CreateMovementBody) {
  const seen = new Set<string>();
  for (const p of body.phases) {
    if (seen.has(p.phase)) throw invalidField('phases', 'Mỗi giai đoạn chỉ khai báo một lần');
    seen.add(p.phase);
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) throw invalidField('phases', 'Ngày kết thúc giai đoạn không được trước ngày bắt đầu');
    const outside = [p.startsOn, p.endsOn].some((d) => d && (d < body.startsOn || (body.endsOn && d > body.endsOn)));
    if (outside) throw invalidField('phases', 'Các giai đoạn phải nằm trong thời gian của phong trào');
  }
}

/** Is `selfId` the movement `candidateId` or one of its ancestors? (A parent link there would close a cycle.) */
async function isAncestorOrSelf(ctx: ServiceContext, selfId: string, candidateId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null | undefined = candidateId; id && !seen.has(id); id = await repo.findParentId(ctx.db, id)) {
    if (id === selfId) return true;
    seen.add(id);
  }
  return false;
}

function fieldsOf(body: CreateMovementBody) {
  return {
    name: body.name,
    kind: body.kind,
    ownerUnitId: body.ownerUnitId,
    parentMovementId: body.parentMovementId ?? null,
    startsOn: body.startsOn,
    endsOn: body.endsOn ?? null,
    description: body.description || null,
    phases: body.phases,
    searchText: foldForSearch(body.name),
    sortKey: vietnameseSortKey(body.name),
  };
}

/** Launches a movement. A null actor is the operator (seed, CLI). */
export async function createMovement(ctx: ServiceContext, actor: Actor | null, body: CreateMovementBody): Promise<Movement> {
  const id = await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const links = await validateMovement(tctx, actor, body);
    const newId = await repo.insertMovement(tx, { ...fieldsOf(body), createdBy: actor?.userId ?? null, createdAt: ctx.now().toISOString(), updatedAt: ctx.now().toISOString() });
    await repo.replaceLinks(tx, newId, links);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'movement.create', entityType: 'movement', entityId: newId, after: body });
    return newId;
  });
  return getMovementUnchecked(ctx, actor, id);
}

/** Replaces a movement's fields and lists (basis documents, scope), with lost-update protection. */
export async function updateMovement(ctx: ServiceContext, actor: Actor, id: string, body: UpdateMovementBody): Promise<Movement> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const current = await loadWritableMovement(tctx, actor, id);
    if (current.version !== body.version) throw staleVersion();
    const links = await validateMovement(tctx, actor, body, id);
    const [before] = await presentSummaries(tctx, actor, [current]);
    const ok = await repo.updateMovement(tx, id, body.version, { ...fieldsOf(body), updatedAt: ctx.now().toISOString() });
    if (!ok) throw staleVersion();
    await repo.replaceLinks(tx, id, links);
    await appendAudit(tx, { actorUserId: actor.userId, action: 'movement.update', entityType: 'movement', entityId: id, before, after: body });
  });
  return getMovementUnchecked(ctx, actor, id);
}
