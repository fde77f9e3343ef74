/**
 * A session as one caller may see it. Ballot secrecy lives here: while the session is open
 * nobody sees a choice but their own (only how many votes each item has); after the close the
 * counts appear, never who voted what — the contract has no field that could carry it.
 */
import type { z } from 'zod';
import type { NominationSummary } from '../../../contract/nominations.js';
import type { Session, SessionItemSchema, SessionSummarySchema } from '../../../contract/councils.js';
import { quorumRequired } from '../../../core/commendation/council-vote.js';
import { isoInstant } from '../../db/instants.js';
import type { CouncilAccess } from './council-access.js';
import type { AttendanceRow, ItemRow, SessionRow, VoteRow } from './council-sessions.repo.js';
import type { MemberRow } from './councils.repo.js';

type SessionItem = z.infer<typeof SessionItemSchema>;
type SessionSummary = z.infer<typeof SessionSummarySchema>;

export interface SessionData {
  session: SessionRow;
  access: CouncilAccess;
  /** Every member of the council, active or not, in the council's order. */
  members: MemberRow[];
  attendance: AttendanceRow[];
  items: ItemRow[];
  nominations: ReadonlyMap<string, NominationSummary>;
  votes: VoteRow[];
}

/** agree / countedOf in percent with one decimal, rounded as `tally` rounds it. */
export function percentOf(agree: number, countedOf: number): number {
  return countedOf > 0 ? Math.round((agree * 1000) / countedOf) / 10 : 0;
}

/** A row of the session list. */
export function presentSummary(s: SessionRow, councilName: string, unitName: string, itemCount: number): SessionSummary {
  return {
    id: s.id,
    councilId: s.councilId,
    councilName,
    unitName,
    title: s.title,
    heldOn: s.heldOn,
    place: s.place,
    status: s.status as SessionSummary['status'],
    membersTotal: s.membersTotal,
    membersPresent: s.membersPresent,
    version: s.version,
    itemCount,
  };
}

/** The whole session for one caller (see the file comment on secrecy). */
export function presentSession(d: SessionData): Session {
  const { session: s, access } = d;
  const c = access.council;
  const status = s.status as Session['status'];
  const membersById = new Map(d.members.map((m) => [m.id, m]));
  const order = new Map(d.members.map((m, i) => [m.id, i]));
  const me = access.member;
  const present = me !== null && d.attendance.some((a) => a.memberId === me.id && a.present);
  const votedItems = new Map<string, Set<string>>();
  for (const v of d.votes) {
    const set = votedItems.get(v.memberId) ?? new Set<string>();
    set.add(v.itemId);
    votedItems.set(v.memberId, set);
  }
  const activeCount = d.members.filter((m) => m.active).length;

  const attendance = [...d.attendance]
    .sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0))
    .map((a) => {
      const m = membersById.get(a.memberId)!;
      const voted = votedItems.get(a.memberId)?.size ?? 0;
      return { memberId: a.memberId, fullName: m.fullName, role: m.role as Session['attendance'][number]['role'], present: a.present, note: a.note, votedAll: d.items.length > 0 && voted === d.items.length };
    });

  const items = d.items.map((it): SessionItem => {
    const mine = me ? d.votes.find((v) => v.itemId === it.id && v.memberId === me.id) : undefined;
    const conflictIds = it.conflictMemberIds as string[];
    return {
      id: it.id,
      position: it.position,
      nomination: d.nominations.get(it.nominationId)!,
      ballot: it.ballot as SessionItem['ballot'],
      thresholdPercent: it.thresholdPercent,
      denominator: it.denominator as SessionItem['denominator'],
      conflictMembers: conflictIds.flatMap((id) => {
        const m = membersById.get(id);
        return m ? [{ memberId: id, fullName: m.fullName }] : [];
      }),
      votesCast: d.votes.filter((v) => v.itemId === it.id).length,
      myVote: (mine?.choice as SessionItem['myVote'] | undefined) ?? null,
      result:
        status === 'closed' && it.countedOf !== null
          ? { agree: it.agree!, disagree: it.disagree!, abstain: it.abstain!, countedOf: it.countedOf, percent: percentOf(it.agree!, it.countedOf), passed: it.passed! }
          : null,
    };
  });

  return {
    id: s.id,
    councilId: c.id,
    councilName: c.name,
    unitName: c.unitName,
    title: s.title,
    heldOn: s.heldOn,
    place: s.place,
    status,
    membersTotal: s.membersTotal,
    membersPresent: s.membersPresent,
    quorumRequired: quorumRequired(s.membersTotal ?? activeCount, c.quorumNumerator, c.quorumDenominator),
    attendance,
    items,
    myMemberId: me?.id ?? null,
    canManage: access.canManage,
    canVote: status === 'open' && access.mayVote && present,
    openedAt: isoInstant(s.openedAt),
    closedAt: isoInstant(s.closedAt),
    version: s.version,
  };
}
