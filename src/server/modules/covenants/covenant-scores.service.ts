/**
 * Self-scoring and consolidation: a member signs and scores itself within each criterion's bounds
 * until the deadline, then submits; after scoring closes every member sees every sheet, and the
 * head or the organiser changes a score only with a written reason, kept beside the score.
 */
import type { AdjustScoreBody, Ranking, SaveScoresBody, UnitScores } from '../../../contract/covenants.js';
import { AppError } from '../../../contract/errors.js';
import { rankUnits, TIE_BREAKERS } from '../../../core/covenants/ranking.js';
import { scoreProblem, unitTotals, type ScoredCriterion, type UnitTotals } from '../../../core/covenants/scoring.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { covenantAccess, requireBeforeDeadline, requireMember, requireStatus, requireSteer, seesScoresOf, type CovenantAccess } from './covenant-access.js';
import * as evidence from './covenant-evidence.repo.js';
import { presentEvidenceFile } from './covenant-evidence.service.js';
import * as repo from './covenants.repo.js';

const scored = (rows: readonly repo.CriterionRow[]): ScoredCriterion[] =>
  rows.map((c) => ({ id: c.id, parentId: c.parentId, code: c.code, name: c.name, kind: c.kind as ScoredCriterion['kind'], maxPoints: c.maxPoints, position: c.position }));

/** Totals of every sheet, by sheet id, on the final (adjusted) scores. */
export async function sheetTotals(db: Db, criteria: readonly repo.CriterionRow[], sheets: readonly repo.UnitScoreRow[]): Promise<Map<string, UnitTotals>> {
  const items = await repo.listScoreItems(db, sheets.map((s) => s.id));
  const table = scored(criteria);
  return new Map(sheets.map((s) => [s.id, unitTotals(table, new Map(items.filter((i) => i.unitScoreId === s.id).map((i) => [i.criterionId, i.finalScore])))]));
}

export async function getUnitScores(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string): Promise<UnitScores> {
  const access = await covenantAccess(ctx.db, actor, id);
  return presentSheet(ctx.db, access, unitId);
}

async function presentSheet(db: Db, access: CovenantAccess, unitId: string): Promise<UnitScores> {
  const member = requireMember(access, unitId);
  if (!seesScoresOf(access, unitId)) throw new AppError('FORBIDDEN', 'Điểm của đơn vị khác chỉ xem được sau khi khóa chấm điểm');
  const criteria = await repo.listCriteria(db, access.row.id);
  const sheet = await repo.findUnitScore(db, access.row.id, unitId);
  const items = sheet ? await repo.listScoreItems(db, [sheet.id]) : [];
  const adjustments = (await repo.listAdjustments(db, access.row.id)).filter((a) => a.unitId === unitId);
  const files = await evidence.listEvidenceFiles(db, access.row.id, unitId);
  const byCriterion = new Map(items.map((i) => [i.criterionId, i]));
  const table = scored(criteria);
  const selfTotal = unitTotals(table, new Map(items.map((i) => [i.criterionId, i.selfScore]))).total;
  const total = unitTotals(table, new Map(items.map((i) => [i.criterionId, i.finalScore]))).total;
  return {
    covenantId: access.row.id,
    unitId,
    unitName: member.unitName,
    status: (sheet?.status as 'draft' | 'submitted' | undefined) ?? 'none',
    submittedAt: sheet?.submittedAt ?? null,
    items: criteria
      .filter((c) => c.kind !== 'group')
      .map((c) => {
        const item = byCriterion.get(c.id);
        return {
          criterionId: c.id,
          selfScore: item?.selfScore ?? null,
          evidence: item?.evidence ?? null,
          files: files.filter((f) => f.criterionId === c.id).map(presentEvidenceFile),
          finalScore: item?.finalScore ?? null,
          adjustments: adjustments.filter((a) => a.criterionId === c.id).map(({ unitId: _u, ...a }) => a),
        };
      }),
    selfTotal,
    total,
    canEdit: access.row.status === 'scoring' && sheet?.status !== 'submitted' && access.scoresFor(unitId),
    version: sheet?.version ?? null,
  };
}

export async function signCovenant(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id, true);
    requireMember(access, unitId);
    if (!access.signsFor(unitId)) throw new AppError('FORBIDDEN', 'Chỉ thủ trưởng đơn vị thành viên ký giao ước cho đơn vị mình');
    requireStatus(access, ['scoring'], 'ký');
    if (!(await repo.insertSignature(tx, { covenantId: id, unitId, signedByUserId: actor?.userId ?? null, signedAt: ctx.now().toISOString() }))) {
      throw new AppError('CONFLICT', 'Đơn vị đã ký giao ước này');
    }
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.sign', entityType: 'covenant', entityId: id, before: null, after: { unitId } });
  });
}

export async function saveScores(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string, body: SaveScoresBody): Promise<UnitScores> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id);
    requireMember(access, unitId);
    if (!access.scoresFor(unitId)) throw new AppError('FORBIDDEN', 'Bạn không chấm điểm cho đơn vị này');
    requireStatus(access, ['scoring'], 'chấm điểm');
    requireBeforeDeadline(ctx, access);
    const criteria = new Map(scored(await repo.listCriteria(tx, id)).map((c) => [c.id, c]));
    body.items.forEach((item, i) => {
      const c = criteria.get(item.criterionId);
      if (!c) throw invalidField(`items.${i}.criterionId`, 'Tiêu chí không thuộc giao ước này');
      const problem = item.score === null ? null : scoreProblem(c, item.score);
      if (problem) throw invalidField(`items.${i}.score`, problem);
    });
    let sheet = await repo.findUnitScore(tx, id, unitId, true);
    if (sheet === null) {
      if (body.version !== null) throw staleVersion();
      sheet = await repo.insertUnitScore(tx, id, unitId);
    } else {
      if (sheet.status === 'submitted') throw new AppError('CONFLICT', 'Bảng tự chấm đã nộp: không sửa được');
      if (body.version !== sheet.version || !(await repo.touchUnitScore(tx, sheet.id, sheet.version))) throw staleVersion();
    }
    await repo.upsertScoreItems(tx, sheet.id, body.items.map((i) => ({ criterionId: i.criterionId, selfScore: i.score, evidence: i.evidence })));
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.score', entityType: 'covenant', entityId: id, before: null, after: { unitId, items: body.items.length } });
  });
  return presentSheet(ctx.db, await covenantAccess(ctx.db, actor, id), unitId);
}

/** Sends the sheet: signed, every criterion scored, evidence (words or a file) where the table asks; then it is locked. */
export async function submitScores(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string, version: number): Promise<UnitScores> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id);
    requireMember(access, unitId);
    if (!access.scoresFor(unitId)) throw new AppError('FORBIDDEN', 'Bạn không chấm điểm cho đơn vị này');
    requireStatus(access, ['scoring'], 'nộp bảng tự chấm');
    requireBeforeDeadline(ctx, access);
    await evidence.lockSheet(tx, id, unitId);
    if (!(await repo.listSignatures(tx, id)).some((s) => s.unitId === unitId)) throw new AppError('CONFLICT', 'Đơn vị chưa ký giao ước: ký trước khi nộp bảng tự chấm');
    const sheet = await repo.findUnitScore(tx, id, unitId, true);
    if (!sheet || sheet.version !== version) throw staleVersion();
    if (sheet.status === 'submitted') throw new AppError('CONFLICT', 'Bảng tự chấm đã nộp');
    const items = new Map((await repo.listScoreItems(tx, [sheet.id])).map((i) => [i.criterionId, i]));
    const criteria = (await repo.listCriteria(tx, id)).filter((c) => c.kind !== 'group');
    const unscored = criteria.filter((c) => c.kind === 'criterion' && (items.get(c.id)?.selfScore ?? null) === null);
    if (unscored.length) throw invalidField('items', `Chưa chấm tiêu chí ${unscored.map((c) => c.code).join(', ')}`);
    const withFiles = new Set((await evidence.listEvidenceFiles(tx, id, unitId)).map((f) => f.criterionId));
    const noEvidence = criteria.filter((c) => c.evidenceRequired && (items.get(c.id)?.selfScore ?? 0) > 0 && !items.get(c.id)?.evidence?.trim() && !withFiles.has(c.id));
    if (noEvidence.length) throw invalidField('evidence', `Tiêu chí ${noEvidence.map((c) => c.code).join(', ')} cần minh chứng`);
    if (!(await repo.touchUnitScore(tx, sheet.id, version, { status: 'submitted', submittedAt: ctx.now().toISOString() }))) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.submit', entityType: 'covenant', entityId: id, before: null, after: { unitId } });
  });
  return presentSheet(ctx.db, await covenantAccess(ctx.db, actor, id), unitId);
}

export async function adjustScore(ctx: ServiceContext, actor: Actor | null, id: string, body: AdjustScoreBody): Promise<UnitScores> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id, true);
    requireSteer(access);
    requireStatus(access, ['review'], 'điều chỉnh điểm');
    requireMember(access, body.unitId);
    const criterion = scored(await repo.listCriteria(tx, id)).find((c) => c.id === body.criterionId);
    if (!criterion) throw invalidField('criterionId', 'Tiêu chí không thuộc giao ước này');
    const problem = scoreProblem(criterion, body.score);
    if (problem) throw invalidField('score', problem);
    const sheet = await repo.findUnitScore(tx, id, body.unitId, true);
    if (!sheet || sheet.status !== 'submitted') throw invalidField('unitId', 'Đơn vị chưa nộp bảng tự chấm: không có điểm để điều chỉnh');
    const before = (await repo.listScoreItems(tx, [sheet.id])).find((i) => i.criterionId === criterion.id)?.finalScore ?? null;
    if (before === body.score) throw invalidField('score', `Điểm tiêu chí ${criterion.code} đã là ${body.score}`);
    await repo.setFinalScore(tx, sheet.id, criterion.id, body.score);
    await repo.touchUnitScore(tx, sheet.id, sheet.version);
    await repo.insertAdjustment(tx, { covenantId: id, unitId: body.unitId, criterionId: criterion.id, fromScore: before, toScore: body.score, reason: body.reason, byUserId: actor?.userId ?? null, at: ctx.now().toISOString() });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.adjust',
      entityType: 'covenant',
      entityId: id,
      before: { unitId: body.unitId, criterion: criterion.code, score: before },
      after: { unitId: body.unitId, criterion: criterion.code, score: body.score, reason: body.reason },
    });
  });
  return presentSheet(ctx.db, await covenantAccess(ctx.db, actor, id), body.unitId);
}

/** The ranking of the submitted sheets; members read it once scoring closes. */
export async function getRanking(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Ranking> {
  const access = await covenantAccess(ctx.db, actor, id);
  if (access.row.status === 'draft' || (access.row.status === 'scoring' && !access.seesAllEarly)) {
    throw new AppError('FORBIDDEN', 'Bảng xếp hạng chỉ xem được sau khi khóa chấm điểm');
  }
  const criteria = scored(await repo.listCriteria(ctx.db, id));
  const sheets = (await repo.listUnitScores(ctx.db, id)).filter((s) => s.status === 'submitted');
  const items = await repo.listScoreItems(ctx.db, sheets.map((s) => s.id));
  const names = new Map(access.members.map((m) => [m.unitId, m.unitName]));
  const units = sheets.map((s) => ({
    unitId: s.unitId,
    unitName: names.get(s.unitId) ?? s.unitId,
    scores: new Map(items.filter((i) => i.unitScoreId === s.id).map((i) => [i.criterionId, i.finalScore])),
  }));
  return { covenantId: id, final: access.row.status === 'closed', tieBreakers: [...TIE_BREAKERS], items: rankUnits(criteria, units) };
}
