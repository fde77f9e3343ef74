/**
 * The steps of a nomination after drafting: sending a list up (with eligibility judged again and
 * quotas checked), the reviewing level's return, review and outcome, and forwarding upward.
 * Every status change goes through takeStep.
 */
import type { AwardCode, EligibilityResult } from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import type { Nomination, NominationOutcomeBody, NominationSummary, ReturnNominationBody, SubmitNominationsBody } from '../../../contract/nominations.js';
import { ROLES, hasPermission } from '../../../contract/roles.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { reviewerDecides } from '../../../core/commendation/authority.js';
import { todayInVietnam } from '../../../core/dates.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { notifyUnit } from '../notifications/notify.js';
import { takeStep, type Step } from './nomination-steps.js';
import { loadNomination, requireProposingSide, requireReviewingSide } from './nominations-access.js';
import { judgeNominee, nomineeOf } from './nominations-eligibility.js';
import { summariesByIds, type SummaryRow } from './nominations-present.js';
import { derivedColumns, duplicateNomination, guardDuplicate, isLowerOrEqual, requireSuits } from './nominations-rules.js';
import { getNomination } from './nominations.service.js';
import { checkCstdcsCap } from './award-settings.service.js';
import * as repo from './nominations.repo.js';

type Members = Parameters<typeof judgeNominee>[4];

const OFFICERS = ROLES.filter((r) => hasPermission([r], 'nomination:review'));
const PROPOSERS = ROLES.filter((r) => hasPermission([r], 'nomination:write'));
const nominationLink = (id: string) => `/khen-thuong/de-nghi/${id}`;

/**
 * Sends nominations to their reviewing level, all or none. Eligibility is judged again as of
 * the day they are sent; one that falls short needs a written justification and goes flagged.
 */
export async function submitNominations(ctx: ServiceContext, actor: Actor | null, body: SubmitNominationsBody): Promise<{ items: NominationSummary[] }> {
  const at = ctx.now().toISOString();
  const ids = [...new Set(body.items.map((i) => i.id))];
  const versions = new Map(body.items.map((i) => [i.id, i.version]));
  await ctx.db.transaction(async (tx) => {
    const rows: SummaryRow[] = [];
    for (const id of ids) {
      const r = await loadNomination(tx, actor, id);
      requireProposingSide(actor, r, 'nomination:submit');
      if (r.row.version !== versions.get(id)) throw staleVersion();
      rows.push(r);
    }
    for (const r of rows) {
      const n = r.row;
      if (n.status !== 'draft') continue; // takeStep refuses it below, naming the status
      // Judged again on the stored history (it may have changed since the draft was saved), as of
      // the proposal date: a 2024 proposal sent in January 2025 is still a 2024 case.
      const eligibility = await judgeNominee(tx, await nomineeOf(tx, n), n.awardCode as AwardCode, n.proposedOn, (n.members as Members) ?? null);
      if (eligibility.status !== 'eligible' && !n.justification?.trim()) {
        const msg = `Đề nghị của ${n.nomineeName} chưa đủ điều kiện: cần giải trình (justification)`;
        throw new AppError('INVALID_INPUT', msg, { justification: msg }, { nominationId: n.id, eligibility });
      }
      await repo.setColumns(tx, n.id, { eligibility, eligibilityStatus: eligibility.status });
    }
    await checkQuotas(tx, rows);
    await takeStep(tx, ids, { action: 'submit', actorUserId: actor?.userId ?? null, at, versions, set: { submittedAt: at } });
    await notifyReviewers(tx, rows);
  });
  const summaries = await summariesByIds(ctx.db, ids);
  return { items: ids.map((id) => summaries.get(id)!) };
}

/**
 * Chỉ tiêu khen thưởng: what a unit has sent for an award this year plus this list must fit its
 * quota, and CSTĐCS must stay within the share of LĐTT its province allows.
 */
async function checkQuotas(tx: Db, rows: SummaryRow[]): Promise<void> {
  const groups = new Map<string, SummaryRow[]>();
  for (const r of rows) {
    const key = `${r.row.proposingUnitId}|${r.row.year}|${r.row.awardCode}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    const { proposingUnitId, year, awardCode } = group[0]!.row;
    if (awardCode === 'CSTDCS') {
      const unit = await repo.findUnitRef(tx, proposingUnitId);
      if (unit) await checkCstdcsCap(tx, unit, year, group.length);
    }
    const max = await repo.findQuota(tx, proposingUnitId, year, awardCode);
    if (max === null) continue;
    const sent = await repo.countLive(tx, proposingUnitId, year, awardCode);
    if (sent + group.length > max) {
      throw new AppError(
        'CONFLICT',
        `Vượt chỉ tiêu khen thưởng: ${group[0]!.proposingName} được đề nghị tối đa ${max} “${findAward(awardCode as AwardCode).name}” năm ${year}; ` +
          `đã gửi ${sent}, gửi thêm ${group.length} thành ${sent + group.length}`,
        undefined,
        { unitId: proposingUnitId, year, awardCode, maxCount: max, sent, adding: group.length },
      );
    }
  }
}

async function notifyReviewers(tx: Db, rows: SummaryRow[]): Promise<void> {
  const byReviewer = new Map<string, SummaryRow[]>();
  for (const r of rows) byReviewer.set(r.row.reviewingUnitId, [...(byReviewer.get(r.row.reviewingUnitId) ?? []), r]);
  for (const [unitId, list] of byReviewer) {
    const from = [...new Set(list.map((r) => r.proposingName))].join(', ');
    const body = list.length === 1 ? `${from} đề nghị khen thưởng ${list[0]!.row.nomineeName}` : `${from} gửi ${list.length} đề nghị khen thưởng`;
    await notifyUnit(tx, unitId, { kind: 'nomination.submitted', title: 'Đề nghị khen thưởng mới', body, link: list.length === 1 ? nominationLink(list[0]!.row.id) : null }, OFFICERS);
  }
}

/** One step of the reviewing level on one nomination, in one transaction. */
async function reviewStep(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  version: number,
  decide: (tx: Db, r: SummaryRow) => Promise<Omit<Step, 'actorUserId' | 'at' | 'versions'> & { after?: (tx: Db, at: string) => Promise<void> }>,
): Promise<Nomination> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const r = await loadNomination(tx, actor, id);
    requireReviewingSide(actor, r);
    if (r.row.version !== version) throw staleVersion();
    const { after, ...step } = await decide(tx, r);
    await takeStep(tx, [id], { ...step, actorUserId: actor?.userId ?? null, at, versions: new Map([[id, version]]) });
    await after?.(tx, at);
  });
  return getNomination(ctx, actor, id);
}

/** Trả lại: back to the proposing unit as a draft, with the reason. */
export async function returnNomination(ctx: ServiceContext, actor: Actor | null, id: string, body: ReturnNominationBody): Promise<Nomination> {
  return reviewStep(ctx, actor, id, body.version, async (_tx, r) => ({
    action: 'return',
    note: body.note,
    after: async (tx) => {
      await notifyUnit(
        tx,
        r.row.proposingUnitId,
        { kind: 'nomination.returned', title: `Đề nghị khen thưởng bị trả lại: ${r.row.nomineeName}`, body: body.note, link: nominationLink(id) },
        PROPOSERS,
      );
    },
  }));
}

/** Nhận hồ sơ thẩm định. */
export async function reviewNomination(ctx: ServiceContext, actor: Actor | null, id: string, version: number): Promise<Nomination> {
  return reviewStep(ctx, actor, id, version, async () => ({ action: 'review' }));
}

const beyondAuthority = (code: AwardCode, r: SummaryRow) =>
  invalidField('outcome', `“${findAward(code).name}” vượt thẩm quyền của ${r.reviewingName}: trình cấp trên`);

/**
 * Kết quả xét of one nominee. The reviewing level approves only what it may decide itself
 * (authority matrix, domain.md §1.5) and forwards only what it may not.
 */
export async function decideOutcome(ctx: ServiceContext, actor: Actor | null, id: string, body: NominationOutcomeBody): Promise<Nomination> {
  let conflict = () => new AppError('CONFLICT', 'Cấp trên đã có đề nghị này');
  return guardDuplicate(
    () => conflict(),
    () =>
      reviewStep(ctx, actor, id, body.version, async (tx, r) => {
        const n = r.row;
        const proposed = n.awardCode as AwardCode;
        const reviewer = await repo.findUnitRef(tx, n.reviewingUnitId);
        const level = levelOfUnitKind(reviewer!.kind);
        const note = body.note?.trim() || null;
        switch (body.outcome) {
          case 'approved':
          case 'approved_lower': {
            const granted = body.outcome === 'approved' ? proposed : body.awardCode!;
            if (body.outcome === 'approved_lower') {
              if (granted === proposed) throw invalidField('awardCode', 'Hình thức được duyệt phải khác hình thức đề nghị');
              requireSuits(granted, n.personId ? 'person' : 'collective', r.proposingPath);
              if (!isLowerOrEqual(granted, proposed)) throw invalidField('awardCode', `“${findAward(granted).name}” cao hơn hình thức đề nghị`);
            }
            if (!reviewerDecides(granted, n.proposedOn, level, reviewer!.id)) throw beyondAuthority(granted, r);
            if (!note && (await repo.hasRefusedBallot(tx, n.id))) {
              throw invalidField('note', 'Hội đồng đã biểu quyết không thông qua đề nghị này: cần ghi lý do vẫn duyệt (note)');
            }
            return { action: body.outcome === 'approved' ? 'approve' : 'approve_lower', note, set: { outcomeAwardCode: granted, outcomeNote: note } };
          }
          case 'rejected':
            return { action: 'reject', note, set: { outcomeNote: note } };
          case 'forwarded': {
            if (reviewerDecides(proposed, n.proposedOn, level, reviewer!.id)) {
              throw invalidField('outcome', `“${findAward(proposed).name}” thuộc thẩm quyền của ${r.reviewingName}: duyệt tại cấp này, không trình cấp trên`);
            }
            const upper = await repo.nearestCouncilUnit(tx, reviewer!.path, false);
            if (upper) conflict = () => duplicateNomination(n.nomineeName, proposed, n.year, upper.name);
            const said = upper
              ? `Trình ${upper.name}`
              : `Chưa có Hội đồng Thi đua – Khen thưởng ở cấp trên của ${r.reviewingName}: chưa tạo đề nghị ở cấp trên`;
            return {
              action: 'forward',
              note: note ? `${said}. ${note}` : said,
              set: { outcomeNote: note },
              after: upper ? (tx2, at) => forwardCopy(ctx, tx2, actor, r, upper, at) : undefined,
            };
          }
        }
      }),
  );
}

/**
 * Trình cấp trên: the reviewing level proposes the same nominee to the next level with a council,
 * as a nomination already sent, judged as of today.
 */
async function forwardCopy(ctx: ServiceContext, tx: Db, actor: Actor | null, r: SummaryRow, upper: repo.UnitRef, at: string): Promise<void> {
  const n = r.row;
  const today = todayInVietnam(ctx.now());
  const key = { personId: n.personId, unitId: n.unitId, awardCode: n.awardCode, year: n.year, reviewingUnitId: upper.id };
  if (await repo.findLiveDuplicate(tx, key)) throw duplicateNomination(n.nomineeName, n.awardCode as AwardCode, n.year, upper.name);
  const nominee = await nomineeOf(tx, n);
  const eligibility: EligibilityResult = await judgeNominee(tx, nominee, n.awardCode as AwardCode, today, (n.members as Members) ?? null);
  const id = await repo.insertNomination(tx, {
    ...key,
    proposingUnitId: n.reviewingUnitId,
    awardKind: n.awardKind,
    nomineeName: n.nomineeName,
    nomineePosition: n.nomineePosition,
    nomineeUnitName: n.nomineeUnitName,
    proposedOn: today,
    members: n.members,
    reportSummary: n.reportSummary,
    reportAchievements: n.reportAchievements,
    reportPriorAwards: n.reportPriorAwards,
    eligibility,
    eligibilityStatus: eligibility.status,
    justification: n.justification,
    status: 'submitted',
    forwardedFromId: n.id,
    sourceReportId: n.sourceReportId,
    ...derivedColumns(nominee.kind, n.nomineeName, n.nomineeUnitName, n.awardCode as AwardCode),
    createdBy: actor?.userId ?? null,
    submittedAt: at,
    createdAt: at,
    updatedAt: at,
  });
  await repo.insertEvent(tx, { nominationId: id, at, actorUserId: actor?.userId ?? null, action: 'submit', fromStatus: null, toStatus: 'submitted', note: `${r.reviewingName} trình lên` });
  await appendAudit(tx, {
    actorUserId: actor?.userId ?? null,
    action: 'nomination.create',
    entityType: 'nomination',
    entityId: id,
    after: { ...key, proposingUnitId: n.reviewingUnitId, forwardedFromId: n.id, status: 'submitted', eligibilityStatus: eligibility.status },
  });
  await notifyUnit(tx, upper.id, { kind: 'nomination.submitted', title: 'Đề nghị khen thưởng mới', body: `Đề nghị khen thưởng ${n.nomineeName} được trình lên`, link: nominationLink(id) }, OFFICERS);
}
