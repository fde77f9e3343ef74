/**
 * Bỏ phiếu: a present member casts their own ballots; the secretary records the written ballot
 * (phiếu bằng văn bản) of an absent member and the paper ballot of a present member who has no
 * account. A ballot may change until the session closes. For a
 * secret ballot the audit trail says only that a ballot was cast on an item, never its choice.
 */
import type { CastVotesBody, Session } from '../../../contract/councils.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { requireManage } from './council-access.js';
import * as repo from './council-sessions.repo.js';
import { getSession, loadSession, requireStatus } from './council-sessions.service.js';
import * as councilRepo from './councils.repo.js';

/** Casts (or changes) one member's ballots on items of an open session. */
export async function castVotes(ctx: ServiceContext, actor: Actor | null, sessionId: string, body: CastVotesBody): Promise<Session> {
  await ctx.db.transaction(async (tx) => {
    const { session, access } = await loadSession(tx, actor, sessionId, true);
    // Who may vote before the session's state: a caller without the right learns nothing of it.
    if (body.memberId !== undefined) requireManage(access);
    else if (actor !== null && !(access.member && access.mayVote)) throw new AppError('FORBIDDEN', 'Chỉ thành viên hội đồng có mặt tại phiên họp mới bỏ phiếu được');
    requireStatus(session, 'open');
    const attendance = await repo.listAttendance(tx, sessionId);
    let memberId: string;
    let written: boolean;
    if (body.memberId === undefined) {
      if (actor === null) throw invalidField('memberId', 'Chọn thành viên bỏ phiếu');
      const me = access.member;
      const row = me && attendance.find((a) => a.memberId === me.id);
      if (!me || !access.mayVote || !row?.present) throw new AppError('FORBIDDEN', 'Chỉ thành viên hội đồng có mặt tại phiên họp mới bỏ phiếu được');
      memberId = me.id;
      written = false;
    } else {
      requireManage(access);
      const row = attendance.find((a) => a.memberId === body.memberId);
      if (!row) throw invalidField('memberId', 'Thành viên này không có trong danh sách điểm danh của phiên họp');
      // The secretary enters the written ballots of absentees and the paper ballots of present
      // members who have no account; a present member with an account votes in person. The
      // system (demo data, imports) may enter any ballot.
      const member = await councilRepo.findMember(tx, row.memberId);
      if (row.present && actor !== null && member?.userId) {
        throw invalidField('memberId', `${member.fullName} có mặt và có tài khoản: thành viên tự bỏ phiếu`);
      }
      memberId = row.memberId;
      written = !row.present;
    }

    const items = new Map((await repo.listItems(tx, sessionId)).map((it) => [it.id, it]));
    const seen = new Set<string>();
    for (const [i, v] of body.votes.entries()) {
      if (!items.has(v.itemId)) throw invalidField(`votes.${i}.itemId`, 'Đề nghị này không có trong phiên họp');
      if (seen.has(v.itemId)) throw invalidField(`votes.${i}.itemId`, 'Mỗi đề nghị chỉ một phiếu');
      seen.add(v.itemId);
    }
    const castAt = ctx.now().toISOString();
    await repo.upsertVotes(tx, body.votes.map((v) => ({ itemId: v.itemId, memberId, choice: v.choice, written, castBy: actor?.userId ?? null, castAt })));
    for (const v of body.votes) {
      const secret = items.get(v.itemId)!.ballot === 'secret';
      await appendAudit(tx, {
        actorUserId: actor?.userId ?? null,
        action: 'council_vote.cast',
        entityType: 'session_item',
        entityId: v.itemId,
        after: secret ? { written } : { memberId, written, choice: v.choice },
      });
    }
  });
  return getSession(ctx, actor, sessionId);
}
