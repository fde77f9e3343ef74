/** Giao ước thi đua: the criteria table and the covenant's steps (draft → scoring → review → closed). */
import type { Covenant, CreateCovenantBody, CriterionInput, UpdateCovenantBody } from '../../../contract/covenants.js';
import { AppError } from '../../../contract/errors.js';
import { hasPermission } from '../../../contract/roles.js';
import { maxTotal, validateCriteriaTable } from '../../../core/covenants/criteria-table.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { covenantAccess, requireManage, requireStatus, requireSteer, seesScoresOf, type CovenantAccess } from './covenant-access.js';
import { checkIndicatorTies, keepAvailableTies } from './covenant-indicators.service.js';
import { sheetTotals } from './covenant-scores.service.js';
import { presentVote } from './covenant-vote.service.js';
import * as repo from './covenants.repo.js';

function checkTable(items: readonly CriterionInput[]) {
  const checked = validateCriteriaTable(items);
  if (!checked.ok) {
    throw new AppError('INVALID_INPUT', checked.errors.map((e) => e.message).join('; '), Object.fromEntries(checked.errors.map((e) => [e.field, e.message])));
  }
  return checked.rows;
}

const tableOf = (rows: repo.CriterionRow[]): CriterionInput[] =>
  rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind as CriterionInput['kind'], maxPoints: r.maxPoints, evidenceRequired: r.evidenceRequired, indicatorId: r.indicatorId }));

export async function presentCovenant(db: Db, actor: Actor | null, access: CovenantAccess): Promise<Covenant> {
  const { row, members } = access;
  const [criteria, signatures, sheets] = [await repo.listCriteria(db, row.id), await repo.listSignatures(db, row.id), await repo.listUnitScores(db, row.id)];
  const totals = await sheetTotals(db, criteria, sheets);
  const signed = new Map(signatures.map((s) => [s.unitId, s]));
  const sheetOf = new Map(sheets.map((s) => [s.unitId, s]));
  return {
    id: row.id,
    groupId: row.groupId,
    groupName: row.groupName,
    groupKind: row.groupKind as Covenant['groupKind'],
    year: row.year,
    organiserUnitId: row.organiserUnitId,
    organiserName: row.organiserName,
    headUnitId: row.headUnitId,
    title: row.title,
    status: row.status as Covenant['status'],
    scoringDeadline: row.scoringDeadline,
    maxTotal: maxTotal(criteria.map((c) => ({ kind: c.kind as CriterionInput['kind'], maxPoints: c.maxPoints, parentId: c.parentId }))),
    criteria: criteria.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      position: c.position,
      code: c.code,
      name: c.name,
      kind: c.kind as CriterionInput['kind'],
      maxPoints: c.maxPoints,
      evidenceRequired: c.evidenceRequired,
      indicatorId: c.indicatorId,
    })),
    members: members.map((m) => {
      const sheet = sheetOf.get(m.unitId);
      const signature = signed.get(m.unitId);
      return {
        unitId: m.unitId,
        unitName: m.unitName,
        signedAt: signature?.signedAt ?? null,
        signedByName: signature?.signedByName ?? null,
        scoreStatus: (sheet?.status as 'draft' | 'submitted' | undefined) ?? 'none',
        submittedAt: sheet?.submittedAt ?? null,
        total: sheet && seesScoresOf(access, m.unitId) ? (totals.get(sheet.id)?.total ?? 0) : null,
      };
    }),
    canManage: access.canManage,
    canAdjust: access.canSteer && row.status === 'review',
    scoringUnitIds: actor === null ? [] : members.filter((m) => access.scoresFor(m.unitId) || access.signsFor(m.unitId)).map((m) => m.unitId),
    votingUnitIds: actor === null ? [] : members.filter((m) => access.signsFor(m.unitId)).map((m) => m.unitId),
    vote: await presentVote(db, access),
    version: row.version,
  };
}

export async function listCovenants(ctx: ServiceContext, actor: Actor, query: { year?: number; groupId?: string }) {
  requirePermission(actor, 'group:read');
  const items = [];
  for (const row of await repo.listCovenants(ctx.db, query)) {
    let access: CovenantAccess;
    try {
      access = await covenantAccess(ctx.db, actor, row.id);
    } catch {
      continue;
    }
    const { criteria: _c, members, vote: _v, ...summary } = await presentCovenant(ctx.db, actor, access);
    items.push({
      ...summary,
      memberCount: members.length,
      signedCount: members.filter((m) => m.signedAt !== null).length,
      submittedCount: members.filter((m) => m.scoreStatus === 'submitted').length,
    });
  }
  return { items };
}

export async function getCovenant(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Covenant> {
  return presentCovenant(ctx.db, actor, await covenantAccess(ctx.db, actor, id));
}

export async function createCovenant(ctx: ServiceContext, actor: Actor | null, body: CreateCovenantBody): Promise<Covenant> {
  let id = '';
  try {
    await ctx.db.transaction(async (tx) => {
      const group = await repo.findGroup(tx, body.groupId);
      if (!group || (actor && !canSee(actor, group.organiserPath))) throw invalidField('groupId', 'Cụm, khối không tồn tại hoặc nằm ngoài phạm vi của bạn');
      if (actor && !hasPermission(actor.roles, 'group:write')) throw new AppError('FORBIDDEN', 'Bạn không có quyền lập giao ước của cụm, khối');
      let table = body.criteria;
      if (body.copyFromCovenantId) {
        const source = await covenantAccess(tx, actor, body.copyFromCovenantId).catch(() => null);
        if (!source) throw invalidField('copyFromCovenantId', 'Giao ước để chép không tồn tại hoặc nằm ngoài phạm vi của bạn');
        table = await keepAvailableTies(tx, group.organiserPath, group.year, tableOf(await repo.listCriteria(tx, source.row.id)));
      }
      const rows = table.length ? checkTable(table) : [];
      await checkIndicatorTies(tx, group.organiserPath, group.year, rows);
      id = await repo.insertCovenant(tx, { groupId: group.id, title: body.title, scoringDeadline: body.scoringDeadline });
      await repo.replaceCriteria(tx, id, rows);
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.create', entityType: 'covenant', entityId: id, before: null, after: { ...body, criteria: rows.length } });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'covenants_group_key')) throw new AppError('CONFLICT', 'Cụm, khối này đã có giao ước', { groupId: 'Cụm, khối này đã có giao ước' });
    throw err;
  }
  return getCovenant(ctx, actor, id);
}

export async function updateCovenant(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateCovenantBody): Promise<Covenant> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id, true);
    requireManage(access);
    requireStatus(access, body.criteria ? ['draft'] : ['draft', 'scoring'], body.criteria ? 'sửa bảng tiêu chí' : 'sửa');
    if (access.row.version !== body.version) throw staleVersion();
    const rows = body.criteria ? checkTable(body.criteria) : null;
    if (rows) await checkIndicatorTies(tx, access.row.organiserPath, access.row.year, rows);
    if (!(await repo.updateCovenant(tx, id, body.version, { ...(body.title ? { title: body.title } : {}), ...(body.scoringDeadline ? { scoringDeadline: body.scoringDeadline } : {}) }))) throw staleVersion();
    if (rows) await repo.replaceCriteria(tx, id, rows);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.update',
      entityType: 'covenant',
      entityId: id,
      before: { title: access.row.title, scoringDeadline: access.row.scoringDeadline },
      after: { title: body.title, scoringDeadline: body.scoringDeadline, criteria: rows?.length },
    });
  });
  return getCovenant(ctx, actor, id);
}

type Step = 'open' | 'close_scoring' | 'close';
const STEPS: Record<Step, { from: string; to: string; doing: string }> = {
  open: { from: 'draft', to: 'scoring', doing: 'mở chấm điểm' },
  close_scoring: { from: 'scoring', to: 'review', doing: 'khóa chấm điểm' },
  close: { from: 'review', to: 'closed', doing: 'kết thúc' },
};

/** One step of the covenant; each is audited and checks the version. */
export async function stepCovenant(ctx: ServiceContext, actor: Actor | null, id: string, step: Step, version: number): Promise<Covenant> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id, true);
    if (step === 'open') requireManage(access);
    else requireSteer(access);
    const s = STEPS[step];
    requireStatus(access, [s.from], s.doing);
    if (access.row.version !== version) throw staleVersion();
    if (step === 'open' && (await repo.listCriteria(tx, id)).every((c) => c.kind !== 'criterion')) {
      throw invalidField('criteria', 'Bảng tiêu chí chưa có tiêu chí chấm điểm nào');
    }
    const at = ctx.now().toISOString();
    const set = { status: s.to, ...(step === 'close_scoring' ? { scoringClosedAt: at } : {}), ...(step === 'close' ? { closedAt: at } : {}) };
    if (!(await repo.updateCovenant(tx, id, version, set))) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: `covenant.${step}`, entityType: 'covenant', entityId: id, before: { status: access.row.status }, after: { status: s.to } });
  });
  return getCovenant(ctx, actor, id);
}
