/** Đề nghị khen thưởng: drafting (create, edit, remove), reading and listing. */
import type { AwardCode, EligibilityResult } from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import type {
  CreateNominationBody,
  ListNominationsQuery,
  Nomination,
  NominationStatus,
  NominationSummary,
  UpdateNominationBody,
} from '../../../contract/nominations.js';
import { STATUS_LABEL } from '../../../core/commendation/nomination-flow.js';
import { todayInVietnam } from '../../../core/dates.js';
import { foldForSearch } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { isoInstant } from '../../db/instants.js';
import { requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { recordCreation } from './nomination-steps.js';
import { loadNomination, nominationCan, nominationNotFound, requireProposingSide } from './nominations-access.js';
import { judgeNominee, nomineeOf, type Nominee } from './nominations-eligibility.js';
import { toNominationSummary, type SummaryRow } from './nominations-present.js';
import { derivedColumns, duplicateNomination, guardDuplicate, requireMembersFit, requireSuits } from './nominations-rules.js';
import * as repo from './nominations.repo.js';

type Members = CreateNominationBody['members'];

/** Nominations the actor can see (proposed or reviewed inside its scope), in Vietnamese name order. */
export async function listNominations(ctx: ServiceContext, actor: Actor | null, q: ListNominationsQuery): Promise<{ items: NominationSummary[]; total: number }> {
  if (actor) requirePermission(actor, 'award:read');
  const { rows, total } = await repo.listSummaries(
    ctx.db,
    {
      scopePath: actor?.scopePath ?? null,
      year: q.year,
      status: q.status,
      awardCode: q.awardCode,
      proposingUnitId: q.proposingUnitId,
      reviewingUnitId: q.reviewingUnitId,
      searchFolded: q.q ? foldForSearch(q.q) : undefined,
    },
    q.limit,
    q.offset,
  );
  return { items: rows.map(toNominationSummary), total };
}

/** One nomination with its timeline, files, ballots, decision and what the actor may do with it. */
export async function getNomination(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Nomination> {
  return presentNomination(ctx, actor, await loadNomination(ctx.db, actor, id));
}

export async function presentNomination(ctx: ServiceContext, actor: Actor | null, r: SummaryRow): Promise<Nomination> {
  const n = r.row;
  const [events, files, votes, decision] = [
    await repo.listEvents(ctx.db, n.id),
    await repo.listFiles(ctx.db, n.id),
    await repo.listVoteResults(ctx.db, n.id),
    await repo.findDecisionOf(ctx.db, n.id),
  ];
  return {
    ...toNominationSummary(r),
    members: (n.members as Members) ?? null,
    report: { summary: n.reportSummary, achievements: n.reportAchievements, priorAwards: n.reportPriorAwards },
    eligibility: (n.eligibility as EligibilityResult | null) ?? null,
    justification: n.justification,
    outcomeNote: n.outcomeNote,
    forwardedFromId: n.forwardedFromId,
    sourceReportId: n.sourceReportId,
    voteResults: votes.map((v) => ({
      sessionId: v.sessionId,
      sessionTitle: v.sessionTitle,
      heldOn: v.heldOn,
      agree: v.agree ?? 0,
      disagree: v.disagree ?? 0,
      abstain: v.abstain ?? 0,
      countedOf: v.countedOf ?? 0,
      thresholdPercent: v.thresholdPercent,
      passed: v.passed ?? false,
    })),
    decision,
    files: files.map((f) => ({ id: f.id, name: f.name, contentType: f.contentType, size: f.size, createdAt: isoInstant(f.createdAt) })),
    events: events.map((e) => ({
      at: isoInstant(e.at),
      actorName: e.actorName,
      action: e.action,
      fromStatus: (e.fromStatus as NominationStatus | null) ?? null,
      toStatus: e.toStatus as NominationStatus,
      note: e.note,
    })),
    ...nominationCan(actor, r),
  };
}

interface ResolvedNominee extends Nominee {
  name: string;
  position: string | null;
  unitName: string | null;
}

/** The person must work in the proposing unit's subtree; the collective must be the unit or lie under it. */
async function resolveNominee(db: ServiceContext['db'], proposing: repo.UnitRef, body: CreateNominationBody): Promise<ResolvedNominee> {
  if (body.personId) {
    const p = await repo.findPersonRef(db, body.personId);
    if (!p) throw invalidField('personId', 'Cá nhân không tồn tại');
    // The nominee is not named: outside the proposing unit it may lie outside the caller's scope.
    if (!p.unitPath.startsWith(proposing.path)) throw invalidField('personId', `Cá nhân được đề nghị không công tác tại ${proposing.name} hoặc các đơn vị trực thuộc`);
    return { kind: 'person', id: p.id, unitKind: p.unitKind, name: p.fullName, position: body.nomineePosition ?? p.position, unitName: p.unitName };
  }
  const u = await repo.findUnitRef(db, body.unitId!);
  if (!u) throw invalidField('unitId', 'Tập thể không tồn tại');
  if (!u.path.startsWith(proposing.path)) throw invalidField('unitId', `Tập thể được đề nghị phải là ${proposing.name} hoặc một đơn vị trực thuộc`);
  const parent = u.parentId ? await repo.findUnitRef(db, u.parentId) : null;
  return { kind: 'collective', id: u.id, unitKind: u.kind, name: u.name, position: body.nomineePosition ?? null, unitName: parent?.name ?? null };
}

/** Drafts a nomination: the reviewing level is the nearest one with a council; eligibility is judged and stored. */
export async function createNomination(ctx: ServiceContext, actor: Actor | null, body: CreateNominationBody): Promise<Nomination> {
  const at = ctx.now().toISOString();
  const proposedOn = body.proposedOn ?? todayInVietnam(ctx.now());
  let conflict = () => new AppError('CONFLICT', 'Đối tượng này đã có đề nghị cùng hình thức trong năm');
  const id = await guardDuplicate(
    () => conflict(),
    () =>
      ctx.db.transaction(async (tx) => {
        const proposing = await repo.findUnitRef(tx, body.proposingUnitId);
        if (actor) requireUnitAccess(actor, 'nomination:write', proposing?.path ?? null, 'Đơn vị đề nghị');
        else if (!proposing) throw invalidField('proposingUnitId', 'Đơn vị đề nghị không tồn tại');
        const unit = proposing!;
        const nominee = await resolveNominee(tx, unit, body);
        requireSuits(body.awardCode, nominee.kind, unit.path);
        requireMembersFit(nominee.kind, body.members);
        const reviewing = await repo.nearestCouncilUnit(tx, unit.path, true);
        if (!reviewing) {
          throw invalidField('proposingUnitId', `Chưa có Hội đồng Thi đua – Khen thưởng ở cấp xét: ${unit.name} và các cấp trên chưa lập hội đồng`);
        }
        conflict = () => duplicateNomination(nominee.name, body.awardCode, body.year, reviewing.name);
        const key = { personId: body.personId, unitId: body.unitId, awardCode: body.awardCode, year: body.year, reviewingUnitId: reviewing.id };
        if (await repo.findLiveDuplicate(tx, key)) throw conflict();
        const eligibility = await judgeNominee(tx, nominee, body.awardCode, proposedOn, body.members);
        const newId = await repo.insertNomination(tx, {
          ...key,
          proposingUnitId: unit.id,
          awardKind: body.awardKind,
          nomineeName: nominee.name,
          nomineePosition: nominee.position,
          nomineeUnitName: nominee.unitName,
          proposedOn,
          members: body.members,
          reportSummary: body.report.summary,
          reportAchievements: body.report.achievements,
          reportPriorAwards: body.report.priorAwards,
          eligibility,
          eligibilityStatus: eligibility.status,
          justification: body.justification,
          status: 'draft',
          sourceReportId: body.sourceReportId,
          ...derivedColumns(nominee.kind, nominee.name, nominee.unitName, body.awardCode),
          createdBy: actor?.userId ?? null,
          createdAt: at,
          updatedAt: at,
        });
        await recordCreation(tx, newId, actor?.userId ?? null, at);
        await appendAudit(tx, {
          actorUserId: actor?.userId ?? null,
          action: 'nomination.create',
          entityType: 'nomination',
          entityId: newId,
          after: { ...key, proposingUnitId: unit.id, nomineeName: nominee.name, proposedOn, eligibilityStatus: eligibility.status },
        });
        return newId;
      }),
  );
  return getNomination(ctx, actor, id);
}

function requireDraft(n: repo.NominationRow, what: string): void {
  if (n.status !== 'draft') {
    throw new AppError('CONFLICT', `Đề nghị của ${n.nomineeName} đang ở trạng thái “${STATUS_LABEL[n.status as NominationStatus]}”: chỉ ${what} khi còn nháp`);
  }
}

/** Edits a draft at the version the writer saw; eligibility is judged again. */
export async function updateNomination(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateNominationBody): Promise<Nomination> {
  const at = ctx.now().toISOString();
  let conflict = () => new AppError('CONFLICT', 'Đối tượng này đã có đề nghị cùng hình thức trong năm');
  await guardDuplicate(
    () => conflict(),
    () =>
      ctx.db.transaction(async (tx) => {
        const r = await loadNomination(tx, actor, id);
        requireProposingSide(actor, r, 'nomination:write');
        const n = r.row;
        requireDraft(n, 'sửa được');
        if (n.version !== body.version) throw staleVersion();
        const nominee = await nomineeOf(tx, n);
        const awardCode = body.awardCode ?? (n.awardCode as AwardCode);
        requireSuits(awardCode, nominee.kind, r.proposingPath);
        const members = body.members !== undefined ? body.members : ((n.members as Members) ?? null);
        requireMembersFit(nominee.kind, members);
        const proposedOn = body.proposedOn ?? n.proposedOn;
        conflict = () => duplicateNomination(n.nomineeName, awardCode, n.year, r.reviewingName);
        if (awardCode !== n.awardCode && (await repo.findLiveDuplicate(tx, { ...n, awardCode }, n.id))) throw conflict();
        const eligibility = await judgeNominee(tx, nominee, awardCode, proposedOn, members);
        const values = {
          awardCode,
          awardKind: body.awardKind ?? n.awardKind,
          nomineePosition: body.nomineePosition !== undefined ? body.nomineePosition : n.nomineePosition,
          proposedOn,
          members,
          reportSummary: body.report?.summary ?? n.reportSummary,
          reportAchievements: body.report?.achievements ?? n.reportAchievements,
          reportPriorAwards: body.report?.priorAwards ?? n.reportPriorAwards,
          justification: body.justification !== undefined ? body.justification : n.justification,
          eligibility,
          eligibilityStatus: eligibility.status,
          ...derivedColumns(nominee.kind, n.nomineeName, n.nomineeUnitName, awardCode),
          updatedAt: at,
        };
        if (!(await repo.updateDraft(tx, id, body.version, values))) throw staleVersion();
        await repo.insertEvent(tx, { nominationId: id, at, actorUserId: actor?.userId ?? null, action: 'update', fromStatus: 'draft', toStatus: 'draft', note: null });
        const { eligibility: _e, searchText: _s, sortKey: _k, updatedAt: _u, ...changed } = values;
        await appendAudit(tx, {
          actorUserId: actor?.userId ?? null,
          action: 'nomination.update',
          entityType: 'nomination',
          entityId: id,
          before: { awardCode: n.awardCode, proposedOn: n.proposedOn, eligibilityStatus: n.eligibilityStatus, version: n.version },
          after: { ...changed, eligibilityStatus: eligibility.status, version: n.version + 1 },
        });
      }),
  );
  return getNomination(ctx, actor, id);
}

/** Removes a draft with its files and timeline; a stale version (when given) refuses like an edit. */
export async function deleteNomination(ctx: ServiceContext, actor: Actor | null, id: string, version?: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadNomination(tx, actor, id);
    requireProposingSide(actor, r, 'nomination:write');
    const n = (await repo.lockNomination(tx, id)) ?? null;
    if (!n) throw nominationNotFound();
    requireDraft(n, 'xóa được');
    if (version !== undefined && n.version !== version) throw staleVersion();
    // A draft returned from review may already sit on a session's agenda; the ballot must stay.
    if (await repo.hasSessionItems(tx, id)) throw new AppError('CONFLICT', `Đề nghị của ${n.nomineeName} đã được đưa vào phiên họp xét: không xóa được`);
    await repo.deleteNomination(tx, id);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'nomination.delete',
      entityType: 'nomination',
      entityId: id,
      before: { nomineeName: n.nomineeName, awardCode: n.awardCode, year: n.year, proposingUnitId: n.proposingUnitId, version: n.version },
    });
  });
}
