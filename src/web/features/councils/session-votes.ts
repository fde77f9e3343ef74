import type { CastVotesBody, Session } from '../../../contract/councils.js';

export type VoteChoice = CastVotesBody['votes'][number]['choice'];
export type SessionItem = Session['items'][number];

/** The choices on a ballot form: item id → choice; an item not in the map is not marked yet. */
export type Choices = Record<string, VoteChoice>;

export const VOTE_CHOICES: readonly VoteChoice[] = ['agree', 'disagree', 'abstain'];

/** The member's own ballot as the server holds it, to start the form from. */
export function choicesFromMyVotes(items: readonly Pick<SessionItem, 'id' | 'myVote'>[]): Choices {
  const out: Choices = {};
  for (const item of items) if (item.myVote) out[item.id] = item.myVote;
  return out;
}

/** "Đồng ý tất cả": agree on every item, keeping nothing else. */
export function agreeToAll(items: readonly Pick<SessionItem, 'id'>[]): Choices {
  return Object.fromEntries(items.map((i) => [i.id, 'agree' as const]));
}

/** The body of POST …/votes: the marked items in agenda order; a secretary names the member whose ballot it is. */
export function votesBody(items: readonly Pick<SessionItem, 'id'>[], choices: Choices, memberId?: string): CastVotesBody {
  const votes = items.flatMap((i) => {
    const choice = choices[i.id];
    return choice ? [{ itemId: i.id, choice }] : [];
  });
  return memberId ? { votes, memberId } : { votes };
}

/** How the form stands against what the server holds: items not marked, and marks not sent yet. */
export function ballotState(items: readonly Pick<SessionItem, 'id' | 'myVote'>[], choices: Choices): { unmarked: number; unsent: number } {
  let unmarked = 0;
  let unsent = 0;
  for (const item of items) {
    const choice = choices[item.id];
    if (!choice) unmarked += 1;
    else if (choice !== item.myVote) unsent += 1;
  }
  return { unmarked, unsent };
}

/**
 * Whose ballot the secretary enters: an absent member's phiếu bằng văn bản, and the phiếu giấy of a
 * present member who has no account to vote with. A present member with an account votes in person
 * (the server refuses the secretary's entry). Before the council's members load, only the absent.
 */
export function paperBallotMembers<A extends { memberId: string; present: boolean }>(
  attendance: readonly A[],
  members: readonly { id: string; userId: string | null }[] | undefined,
): A[] {
  const withoutAccount = new Set((members ?? []).filter((m) => m.userId === null).map((m) => m.id));
  return attendance.filter((a) => !a.present || withoutAccount.has(a.memberId));
}
