/**
 * Suy tôn đơn vị dẫn đầu: after the ranking is final, the members vote (one ballot per unit, cast
 * by its head) on the candidate with the council arithmetic of core/commendation/council-vote.ts
 * counted on all members; the result drafts the nominations — Cờ thi đua tỉnh for the leader, Bằng
 * khen for the members the group names — and the organiser picks at most 20 % of all its leaders
 * for the Government flag, each proposal naming the cluster or block the unit led.
 */
import type { CloseVoteBody, CovenantVote, GovernmentFlagsBody, OpenVoteBody } from '../../../contract/covenants.js';
import { AppError } from '../../../contract/errors.js';
import { CreateNominationBodySchema } from '../../../contract/nominations.js';
import { tally, type VoteChoice } from '../../../core/commendation/council-vote.js';
import { checkFlagSelection, governmentFlagCap } from '../../../core/covenants/flag-cap.js';
import { formatPoints } from '../../../core/covenants/scoring.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { createNomination } from '../nominations/nominations.service.js';
import { findUnitRef } from '../nominations/nominations.repo.js';
import { covenantAccess, requireStatus, requireSteer, type CovenantAccess } from './covenant-access.js';
import { getRanking } from './covenant-scores.service.js';
import * as repo from './covenants.repo.js';
import * as votes from './covenant-votes.repo.js';

const GROUP_WORD = { cluster: 'Cụm thi đua', block: 'Khối thi đua' } as const;
/** "Cụm thi đua vùng cao" whether or not the group's own name already says "Cụm thi đua". */
function led(kind: string, name: string): string {
  const word = GROUP_WORD[kind as keyof typeof GROUP_WORD] ?? '';
  return name.toLocaleLowerCase('vi').startsWith(word.toLocaleLowerCase('vi')) ? name : `${word} ${name}`.trim();
}
const groupLabel = (row: repo.CovenantRow) => led(row.groupKind, row.groupName);

export async function presentVote(db: Db, access: CovenantAccess): Promise<CovenantVote | null> {
  const vote = await votes.findVote(db, access.row.id);
  if (!vote) return null;
  const ballots = await votes.listBallots(db, access.row.id);
  const names = new Map(access.members.map((m) => [m.unitId, m.unitName]));
  const closed = vote.status === 'closed';
  return {
    candidateUnitId: vote.candidateUnitId,
    candidateName: names.get(vote.candidateUnitId) ?? '',
    thresholdPercent: vote.thresholdPercent,
    ballot: vote.ballot as CovenantVote['ballot'],
    status: vote.status as CovenantVote['status'],
    openedAt: vote.openedAt,
    closedAt: vote.closedAt,
    votersTotal: vote.votersTotal,
    castUnitIds: ballots.map((b) => b.unitId),
    myChoices: ballots.filter((b) => access.signsFor(b.unitId)).map((b) => ({ unitId: b.unitId, choice: b.choice as VoteChoice })),
    choices: vote.ballot === 'open' ? ballots.map((b) => ({ unitId: b.unitId, choice: b.choice as VoteChoice })) : null,
    result: closed ? { agree: vote.agree!, disagree: vote.disagree!, abstain: vote.abstain!, percent: percentOf(vote.agree!, vote.votersTotal), passed: vote.passed! } : null,
    nominationIds: vote.nominationIds,
    version: vote.version,
  };
}

const percentOf = (agree: number, total: number) => (total > 0 ? Math.round((agree * 1000) / total) / 10 : 0);

export async function openVote(ctx: ServiceContext, actor: Actor | null, id: string, body: OpenVoteBody): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id, true);
    requireSteer(access);
    requireStatus(access, ['closed'], 'suy tôn (cần kết thúc giao ước để bảng xếp hạng là chính thức)');
    if (access.row.version !== body.version) throw staleVersion();
    if (await votes.findVote(tx, id)) throw new AppError('CONFLICT', 'Giao ước này đã biểu quyết suy tôn');
    const sheet = await repo.findUnitScore(tx, id, body.candidateUnitId);
    if (!access.members.some((m) => m.unitId === body.candidateUnitId) || sheet?.status !== 'submitted') {
      throw invalidField('candidateUnitId', 'Đơn vị được suy tôn phải là thành viên đã nộp bảng tự chấm');
    }
    await votes.insertVote(tx, {
      covenantId: id,
      candidateUnitId: body.candidateUnitId,
      thresholdPercent: body.thresholdPercent,
      ballot: body.ballot,
      openedAt: ctx.now().toISOString(),
      votersTotal: access.members.length,
    });
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.vote_open', entityType: 'covenant', entityId: id, before: null, after: body });
  });
}

export async function castBallot(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string, choice: VoteChoice): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const access = await covenantAccess(tx, actor, id);
    // Who may vote before the vote's state: a caller without the right learns nothing of it.
    if (!access.members.some((m) => m.unitId === unitId)) throw new AppError('NOT_FOUND', 'Đơn vị không là thành viên của cụm, khối này');
    if (!access.signsFor(unitId)) throw new AppError('FORBIDDEN', 'Chỉ thủ trưởng đơn vị thành viên bỏ phiếu cho đơn vị mình');
    const vote = await votes.findVote(tx, id, true);
    if (!vote) throw new AppError('CONFLICT', 'Chưa mở biểu quyết suy tôn');
    if (vote.status !== 'open') throw new AppError('CONFLICT', 'Biểu quyết suy tôn đã kết thúc: không bỏ phiếu được');
    await votes.upsertBallot(tx, { covenantId: id, unitId, choice, castByUserId: actor?.userId ?? null, castAt: ctx.now().toISOString() });
    // A secret ballot's choice stays out of the audit log too.
    const after = vote.ballot === 'secret' ? { unitId } : { unitId, choice };
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.ballot', entityType: 'covenant', entityId: id, before: null, after });
  });
}

function nominationBody(access: CovenantAccess, unitId: string, awardCode: 'CO_THI_DUA_TINH' | 'BANG_KHEN_TINH', achievements: string, proposedOn: string) {
  return CreateNominationBodySchema.parse({
    proposingUnitId: access.row.organiserUnitId,
    year: access.row.year,
    awardCode,
    unitId,
    proposedOn,
    report: { summary: '', achievements, priorAwards: '' },
    justification: `Kết quả bình xét, suy tôn trong phong trào thi đua của ${groupLabel(access.row)} năm ${access.row.year} (giao ước thi đua).`,
  });
}

/** Counts the ballots, freezes the result and drafts the nominations it leads to, in one transaction. */
export async function closeVote(ctx: ServiceContext, actor: Actor | null, id: string, body: CloseVoteBody): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const access = await covenantAccess(tx, actor, id, true);
    requireSteer(access);
    const vote = await votes.findVote(tx, id, true);
    if (!vote) throw new AppError('CONFLICT', 'Chưa mở biểu quyết suy tôn');
    if (vote.status !== 'open') throw new AppError('CONFLICT', 'Biểu quyết suy tôn đã kết thúc');
    if (vote.version !== body.version) throw staleVersion();
    const ranking = await getRanking(tctx, null, id);
    const place = new Map(ranking.items.map((r) => [r.unitId, r]));
    body.bangKhenUnitIds.forEach((unitId, i) => {
      if (unitId === vote.candidateUnitId) throw invalidField(`bangKhenUnitIds.${i}`, 'Đơn vị được suy tôn đã được đề nghị Cờ thi đua');
      if (!place.has(unitId)) throw invalidField(`bangKhenUnitIds.${i}`, 'Chỉ đề nghị Bằng khen cho đơn vị thành viên đã nộp bảng tự chấm');
    });
    const ballots = await votes.listBallots(tx, id);
    const t = tally(ballots.map((b) => ({ choice: b.choice as VoteChoice, written: false })), { percent: vote.thresholdPercent, denominator: 'total' }, vote.votersTotal, vote.votersTotal);
    const today = todayInVietnam(ctx.now());
    const count = `${place.size} đơn vị`;
    const created: string[] = [];
    const leader = place.get(vote.candidateUnitId);
    if (t.passed && leader) {
      const text =
        `Đơn vị dẫn đầu ${groupLabel(access.row)} năm ${access.row.year}: xếp thứ ${leader.rank}/${count} với ${formatPoints(leader.total)} điểm theo giao ước thi đua; ` +
        `được suy tôn ngày ${formatDateVi(today)} với ${t.agree}/${vote.votersTotal} đơn vị đồng ý (${t.percent} %, ${vote.ballot === 'secret' ? 'bỏ phiếu kín' : 'biểu quyết công khai'}).`;
      created.push((await createNomination(tctx, null, nominationBody(access, vote.candidateUnitId, 'CO_THI_DUA_TINH', text, today))).id);
    }
    for (const unitId of body.bangKhenUnitIds) {
      const r = place.get(unitId)!;
      const text = `Xếp thứ ${r.rank}/${count} của ${groupLabel(access.row)} năm ${access.row.year} với ${formatPoints(r.total)} điểm theo giao ước thi đua; được cụm, khối bình xét đề nghị Bằng khen.`;
      created.push((await createNomination(tctx, null, nominationBody(access, unitId, 'BANG_KHEN_TINH', text, today))).id);
    }
    const at = ctx.now().toISOString();
    if (!(await votes.updateVote(tx, id, vote.version, { status: 'closed', closedAt: at, agree: t.agree, disagree: t.disagree, abstain: t.abstain, passed: t.passed, nominationIds: created }))) {
      throw staleVersion();
    }
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.vote_close',
      entityType: 'covenant',
      entityId: id,
      before: null,
      after: { agree: t.agree, disagree: t.disagree, abstain: t.abstain, passed: t.passed, nominations: created },
    });
  });
}

async function requireOrganiser(db: Db, actor: Actor | null, unitId: string) {
  const unit = await findUnitRef(db, unitId);
  if (actor) requireUnitAccess(actor, 'nomination:write', unit?.path ?? null);
  if (!unit) throw invalidField('organiserUnitId', 'Đơn vị không tồn tại');
  return unit;
}

async function leadersOf(ctx: ServiceContext, organiserUnitId: string, year: number) {
  const passed = await votes.passedVotes(ctx.db, organiserUnitId, year);
  const proposed = new Map((await votes.governmentNominations(ctx.db, passed.map((p) => p.unitId), year)).map((n) => [n.unitId, n.id]));
  const leaders = [];
  for (const p of passed) {
    const row = (await getRanking(ctx, null, p.covenantId)).items.find((r) => r.unitId === p.unitId);
    leaders.push({
      covenantId: p.covenantId,
      groupName: p.groupName,
      groupKind: p.groupKind as 'cluster' | 'block',
      unitId: p.unitId,
      unitName: row?.unitName ?? '',
      total: row?.total ?? 0,
      governmentNominationId: proposed.get(p.unitId) ?? null,
    });
  }
  return leaders;
}

/** The leaders of an organiser's clusters and blocks in a year, and how many may go for the Government flag. */
export async function listLeaders(ctx: ServiceContext, actor: Actor | null, organiserUnitId: string, year: number) {
  const unit = await requireOrganiser(ctx.db, actor, organiserUnitId);
  const leaders = await leadersOf(ctx, unit.id, year);
  return { year, organiserUnitId: unit.id, cap: governmentFlagCap(leaders.length), leaders };
}

/** Drafts the Government-flag nominations, at most 20 % of the leaders (rounded down), each naming what it led. */
export async function proposeGovernmentFlags(ctx: ServiceContext, actor: Actor | null, body: GovernmentFlagsBody): Promise<{ nominationIds: string[] }> {
  const created: string[] = [];
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const unit = await requireOrganiser(tx, actor, body.organiserUnitId);
    const leaders = await leadersOf(tctx, unit.id, body.year);
    const byUnit = new Map(leaders.map((l) => [l.unitId, l]));
    body.unitIds.forEach((unitId, i) => {
      const leader = byUnit.get(unitId);
      if (!leader) throw invalidField(`unitIds.${i}`, 'Chỉ đề nghị Cờ thi đua của Chính phủ cho đơn vị dẫn đầu cụm, khối đã được suy tôn');
      if (leader.governmentNominationId) throw invalidField(`unitIds.${i}`, `${leader.unitName} đã được đề nghị Cờ thi đua của Chính phủ`);
    });
    const selected = new Set(body.unitIds).size + leaders.filter((l) => l.governmentNominationId).length;
    const problem = checkFlagSelection(leaders.length, selected);
    if (problem) throw invalidField('unitIds', problem);
    const today = todayInVietnam(ctx.now());
    for (const unitId of new Set(body.unitIds)) {
      const leader = byUnit.get(unitId)!;
      const nomination = await createNomination(
        tctx,
        null,
        CreateNominationBodySchema.parse({
          proposingUnitId: unit.id,
          year: body.year,
          awardCode: 'CO_THI_DUA_CP',
          unitId,
          proposedOn: today,
          report: { summary: '', achievements: `Đơn vị dẫn đầu ${led(leader.groupKind, leader.groupName)} năm ${body.year} (${formatPoints(leader.total)} điểm), được suy tôn và đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh.`, priorAwards: '' },
          justification: `Được lựa chọn trong số ${leaders.length} đơn vị dẫn đầu cụm, khối năm ${body.year} (tối đa 20 %); đơn vị dẫn đầu ${led(leader.groupKind, leader.groupName)}.`,
        }),
      );
      created.push(nomination.id);
    }
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'covenant.government_flags', entityType: 'org_unit', entityId: unit.id, before: null, after: { year: body.year, unitIds: body.unitIds, nominations: created } });
  });
  return { nominationIds: created };
}
