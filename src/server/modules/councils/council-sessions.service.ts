/**
 * Phiên họp xét: planned (agenda editable) → open (attendance fixed, ballots cast) → closed
 * (results stored and frozen). The counting itself is core/commendation/council-vote.ts.
 */
import type { z } from 'zod';
import type {
  CloseSessionBodySchema,
  CreateSessionBody,
  ListSessionsQuerySchema,
  OpenSessionBody,
  Session,
  SessionListSchema,
  UpdateSessionBodySchema,
} from '../../../contract/councils.js';
import { AppError } from '../../../contract/errors.js';
import type { NominationStatus } from '../../../contract/nominations.js';
import { defaultThreshold, quorumMet, quorumRequired, tally, type Denominator } from '../../../core/commendation/council-vote.js';
import { STATUS_LABEL, canTake } from '../../../core/commendation/nomination-flow.js';
import { formatDateVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { takeStep } from '../nominations/nomination-steps.js';
import { summariesByIds } from '../nominations/nominations-present.js';
import { councilAccess, requireManage, type CouncilAccess } from './council-access.js';
import { presentSession, presentSummary } from './council-session-present.js';
import * as repo from './council-sessions.repo.js';
import * as councilRepo from './councils.repo.js';
import { thresholdsOf } from './councils.service.js';

type ListSessionsQuery = z.infer<typeof ListSessionsQuerySchema>;
type SessionList = z.infer<typeof SessionListSchema>;
type UpdateSessionBody = z.infer<typeof UpdateSessionBodySchema>;
type CloseSessionBody = z.infer<typeof CloseSessionBodySchema>;

export const FROZEN_MESSAGE = 'Phiên họp đã kết thúc, kết quả không thay đổi được';

export interface LoadedSession {
  session: repo.SessionRow;
  access: CouncilAccess;
}

/** The session and the caller's rights on its council; 404 when either is out of sight. */
export async function loadSession(db: Db, actor: Actor | null, id: string, forUpdate = false): Promise<LoadedSession> {
  const session = await repo.findSession(db, id, forUpdate);
  const notFound = () => new AppError('NOT_FOUND', 'Phiên họp không tồn tại hoặc nằm ngoài phạm vi của bạn');
  if (!session) throw notFound();
  try {
    return { session, access: await councilAccess(db, actor, session.councilId) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound();
    throw err;
  }
}

/** Refuses a write unless the session is in `status`; a closed session always answers with its frozen results. */
export function requireStatus(session: repo.SessionRow, status: 'planned' | 'open'): void {
  if (session.status === 'closed') throw new AppError('CONFLICT', FROZEN_MESSAGE);
  if (session.status === status) return;
  throw new AppError('CONFLICT', status === 'planned' ? 'Phiên họp đã khai mạc: không sửa nội dung, thành phần được nữa' : 'Phiên họp chưa khai mạc, chưa bỏ phiếu được');
}

/** The session as the caller of `loaded` may see it. */
export async function sessionView(db: Db, loaded: LoadedSession): Promise<Session> {
  const { session } = loaded;
  const items = await repo.listItems(db, session.id);
  return presentSession({
    ...loaded,
    members: await councilRepo.listMembers(db, session.councilId),
    attendance: await repo.listAttendance(db, session.id),
    items,
    nominations: await summariesByIds(db, items.map((i) => i.nominationId)),
    votes: await repo.listVotes(db, session.id),
  });
}

/** One session, with what the caller may see of its ballots. */
export async function getSession(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Session> {
  return sessionView(ctx.db, await loadSession(ctx.db, actor, id));
}

/** Sessions of the councils the actor sees, newest first. */
export async function listSessions(ctx: ServiceContext, actor: Actor, query: ListSessionsQuery): Promise<SessionList> {
  if (query.councilId) await councilAccess(ctx.db, actor, query.councilId);
  const rows = await repo.listSessions(ctx.db, actor.scopePath, actor.userId, query);
  return { items: rows.map((r) => presentSummary(r.session, r.councilName, r.unitName, r.itemCount)) };
}

const REVIEWABLE: readonly NominationStatus[] = ['submitted', 'reviewing'];

/**
 * Puts nominations on the agenda after `position`: each must be sent to this council's unit and
 * not sit in another session still to be closed. Submitted ones are taken into review. The rule
 * each ballot is counted by, and the members in a conflict of interest, are fixed here.
 */
async function addItems(tx: Db, ctx: ServiceContext, actor: Actor | null, access: CouncilAccess, session: { id: string; title: string }, ids: readonly string[], position: number, field: string): Promise<void> {
  if (ids.length === 0) return;
  const council = access.council;
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) throw invalidField(`${field}.${i}`, 'Đề nghị này được chọn hai lần');
    seen.add(id);
  }
  const rows = new Map((await repo.lockNominations(tx, [...ids])).map((r) => [r.id, r]));
  const live = new Map((await repo.nominationsInLiveSessions(tx, [...ids], null)).map((r) => [r.nominationId, r.title]));
  for (const [i, id] of ids.entries()) {
    const n = rows.get(id);
    const f = `${field}.${i}`;
    if (!n || n.reviewingUnitId !== council.unitId) throw invalidField(f, `Đề nghị khen thưởng không tồn tại hoặc không gửi đến ${council.unitName} xét`);
    if (!REVIEWABLE.includes(n.status as NominationStatus)) {
      throw invalidField(f, `Đề nghị của ${n.nomineeName} đang ở trạng thái "${STATUS_LABEL[n.status as NominationStatus]}": chỉ đưa ra xét đề nghị đã gửi hoặc đang thẩm định`);
    }
    const other = live.get(id);
    if (other !== undefined) throw invalidField(f, `Đề nghị của ${n.nomineeName} đã có trong phiên họp "${other}" chưa kết thúc`);
  }
  const submitted = ids.filter((id) => rows.get(id)!.status === 'submitted');
  const at = ctx.now().toISOString();
  await takeStep(tx, submitted, { action: 'review', actorUserId: actor?.userId ?? null, at, note: `Đưa ra xét tại phiên họp "${session.title}"` });

  const rules = await thresholdsOf(tx, council);
  const active = (await councilRepo.listMembers(tx, council.id)).filter((m) => m.active);
  const personOf = await repo.personIdsOfUsers(tx, active.flatMap((m) => (m.userId ? [m.userId] : [])));
  await repo.insertItems(
    tx,
    ids.map((id, i) => {
      const n = rows.get(id)!;
      const rule = rules.get(n.awardCode) ?? defaultThreshold(n.awardCode);
      const conflicts = active.filter((m) => isConflicted(m, n, council.unitId, personOf));
      return {
        sessionId: session.id,
        nominationId: id,
        position: position + i + 1,
        ballot: rule.ballot,
        thresholdPercent: rule.percent,
        denominator: rule.denominator,
        conflictMemberIds: conflicts.map((m) => m.id),
      };
    }),
  );
}

/**
 * A member is flagged when they are the nominee, or work in the nominee's unit or the proposing
 * unit — unless that unit is the council's own: a commune council's members all work for the
 * commune, and judging its own staff is the council's ordinary job, not a conflict.
 */
function isConflicted(
  m: { userId: string | null; homeUnitId: string | null },
  n: { personId: string | null; nomineeUnitId: string; proposingUnitId: string },
  councilUnitId: string,
  personOf: ReadonlyMap<string, string>,
): boolean {
  if (n.personId !== null && m.userId !== null && personOf.get(m.userId) === n.personId) return true;
  if (m.homeUnitId === null || m.homeUnitId === councilUnitId) return false;
  return m.homeUnitId === n.nomineeUnitId || m.homeUnitId === n.proposingUnitId;
}

/** Schedules a session of a council with its agenda. */
export async function createSession(ctx: ServiceContext, actor: Actor | null, councilId: string, body: CreateSessionBody): Promise<Session> {
  const id = await ctx.db.transaction(async (tx) => {
    const access = await councilAccess(tx, actor, councilId);
    requireManage(access);
    const now = ctx.now().toISOString();
    const newId = await repo.insertSession(tx, { councilId, title: body.title, heldOn: body.heldOn, place: body.place, status: 'planned', createdAt: now });
    await addItems(tx, ctx, actor, access, { id: newId, title: body.title }, body.nominationIds, 0, 'nominationIds');
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council_session.create', entityType: 'council_session', entityId: newId, after: body });
    return newId;
  });
  return getSession(ctx, actor, id);
}

/** Edits a planned session: title, date, place and agenda. */
export async function updateSession(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateSessionBody): Promise<Session> {
  await ctx.db.transaction(async (tx) => {
    const { session, access } = await loadSession(tx, actor, id, true);
    requireManage(access);
    requireStatus(session, 'planned');
    if (session.version !== body.version) throw staleVersion();
    const items = await repo.listItems(tx, id);
    const byNomination = new Map(items.map((it) => [it.nominationId, it]));
    for (const [i, nid] of body.removeNominationIds.entries()) {
      if (!byNomination.has(nid)) throw invalidField(`removeNominationIds.${i}`, 'Đề nghị này không có trong phiên họp');
    }
    for (const [i, nid] of body.addNominationIds.entries()) {
      if (byNomination.has(nid) && !body.removeNominationIds.includes(nid)) throw invalidField(`addNominationIds.${i}`, 'Đề nghị này đã có trong phiên họp');
    }
    // Removed first, so the agenda numbers stay 1…n with the new ones at the end.
    const removed = new Set(body.removeNominationIds);
    await repo.deleteItems(tx, items.filter((it) => removed.has(it.nominationId)).map((it) => it.id));
    const kept = items.filter((it) => !removed.has(it.nominationId));
    for (const [i, it] of kept.entries()) if (it.position !== i + 1) await repo.setItemPosition(tx, it.id, i + 1);
    const title = body.title ?? session.title;
    await addItems(tx, ctx, actor, access, { id, title }, body.addNominationIds, kept.length, 'addNominationIds');
    const ok = await repo.updateSession(tx, id, body.version, {
      title,
      ...(body.heldOn !== undefined ? { heldOn: body.heldOn } : {}),
      ...(body.place !== undefined ? { place: body.place } : {}),
    });
    if (!ok) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'council_session.update',
      entityType: 'council_session',
      entityId: id,
      before: { title: session.title, heldOn: session.heldOn, place: session.place, nominationIds: items.map((it) => it.nominationId) },
      after: body,
    });
  });
  return getSession(ctx, actor, id);
}

/**
 * Khai mạc: the roll call names every active member once; the meeting is valid only with the
 * quorum (2/3 by default, NĐ 98/2023 Điều 47 for the central council, domain.md §1.6).
 */
export async function openSession(ctx: ServiceContext, actor: Actor | null, id: string, body: OpenSessionBody): Promise<Session> {
  await ctx.db.transaction(async (tx) => {
    const { session, access } = await loadSession(tx, actor, id, true);
    requireManage(access);
    requireStatus(session, 'planned');
    if (session.version !== body.version) throw staleVersion();
    const members = await councilRepo.listMembers(tx, session.councilId);
    const active = members.filter((m) => m.active);
    checkRollCall(body.attendance, active, members);
    if ((await repo.listItems(tx, id)).length === 0) throw new AppError('CONFLICT', 'Phiên họp chưa có đề nghị nào để xét');
    const c = access.council;
    const present = body.attendance.filter((a) => a.present).length;
    const total = active.length;
    if (!quorumMet(present, total, c.quorumNumerator, c.quorumDenominator)) {
      throw new AppError('CONFLICT', `Không đủ số thành viên dự họp: có mặt ${present}/${total}, cần ${quorumRequired(total, c.quorumNumerator, c.quorumDenominator)}`);
    }
    await repo.insertAttendance(tx, body.attendance.map((a) => ({ sessionId: id, memberId: a.memberId, present: a.present, note: a.note })));
    const ok = await repo.updateSession(tx, id, body.version, {
      status: 'open',
      membersTotal: total,
      membersPresent: present,
      openedAt: ctx.now().toISOString(),
      openedBy: actor?.userId ?? null,
    });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council_session.open', entityType: 'council_session', entityId: id, before: { status: 'planned' }, after: { status: 'open', membersTotal: total, membersPresent: present, attendance: body.attendance } });
  });
  return getSession(ctx, actor, id);
}

function checkRollCall(attendance: OpenSessionBody['attendance'], active: councilRepo.MemberRow[], all: councilRepo.MemberRow[]): void {
  const activeIds = new Set(active.map((m) => m.id));
  const nameOf = (memberId: string) => all.find((m) => m.id === memberId)?.fullName ?? memberId;
  const counts = new Map<string, number>();
  for (const a of attendance) counts.set(a.memberId, (counts.get(a.memberId) ?? 0) + 1);
  const missing = active.filter((m) => !counts.has(m.id)).map((m) => m.fullName);
  const extra = [...counts.keys()].filter((mid) => !activeIds.has(mid)).map(nameOf);
  const twice = [...counts].filter(([mid, n]) => n > 1 && activeIds.has(mid)).map(([mid]) => nameOf(mid));
  const problems = [
    missing.length ? `thiếu ${missing.join(', ')}` : null,
    extra.length ? `không phải thành viên đang hoạt động của hội đồng: ${extra.join(', ')}` : null,
    twice.length ? `điểm danh hai lần: ${twice.join(', ')}` : null,
  ].filter((p): p is string => p !== null);
  if (problems.length) throw invalidField('attendance', `Điểm danh phải có mỗi thành viên đang hoạt động đúng một lần: ${problems.join('; ')}`);
}

const DENOMINATOR_WORDS: Record<Denominator, string> = { total: 'tổng số thành viên hội đồng', present: 'số thành viên có mặt' };

/**
 * Kết thúc phiên họp: every ballot is counted once and stored; the nominations move to "đã bỏ
 * phiếu" with their result. Nothing of the session can change afterwards.
 */
export async function closeSession(ctx: ServiceContext, actor: Actor | null, id: string, body: CloseSessionBody): Promise<Session> {
  await ctx.db.transaction(async (tx) => {
    const { session, access } = await loadSession(tx, actor, id, true);
    requireManage(access);
    requireStatus(session, 'open');
    if (session.version !== body.version) throw staleVersion();
    const items = await repo.listItems(tx, id);
    const votes = await repo.listVotes(tx, id);
    const statuses = new Map((await repo.nominationStatuses(tx, items.map((i) => i.nominationId))).map((r) => [r.id, r.status as NominationStatus]));
    const at = ctx.now().toISOString();
    const results = [];
    for (const it of items) {
      const cast = votes.filter((v) => v.itemId === it.id).map((v) => ({ choice: v.choice as 'agree' | 'disagree' | 'abstain', written: v.written }));
      const denominator = it.denominator as Denominator;
      const t = tally(cast, { percent: it.thresholdPercent, denominator }, session.membersTotal!, session.membersPresent!);
      await repo.setItemResult(tx, it.id, { agree: t.agree, disagree: t.disagree, abstain: t.abstain, countedOf: t.countedOf, passed: t.passed });
      results.push({ itemId: it.id, nominationId: it.nominationId, ...t });
      // A nomination returned to its unit while the session ran keeps its own status; the council's count still stands.
      const status = statuses.get(it.nominationId);
      if (status && canTake('vote', status)) {
        const note = `Phiên họp "${session.title}" ngày ${formatDateVi(session.heldOn)}: đồng ý ${t.agree}/${t.countedOf} (${formatNumberVi(t.percent, 1)} %), ${t.passed ? 'đạt' : 'không đạt'} tỷ lệ ${it.thresholdPercent} % ${DENOMINATOR_WORDS[denominator]}`;
        await takeStep(tx, [it.nominationId], { action: 'vote', actorUserId: actor?.userId ?? null, at, note });
      }
    }
    const ok = await repo.updateSession(tx, id, body.version, { status: 'closed', closedAt: at, closedBy: actor?.userId ?? null });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council_session.close', entityType: 'council_session', entityId: id, before: { status: 'open' }, after: { status: 'closed', results } });
  });
  return getSession(ctx, actor, id);
}
