import { describe, expect, it } from 'vitest';
import { CastVotesBodySchema } from '../../../contract/councils.js';
import { agreeToAll, ballotState, choicesFromMyVotes, paperBallotMembers, votesBody } from './session-votes.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const M = '00000000-0000-4000-8000-0000000000ff';

describe('a member’s ballot', () => {
  const items = [
    { id: A, myVote: 'agree' as const },
    { id: B, myVote: null },
    { id: C, myVote: 'abstain' as const },
  ];

  it('starts from the votes the server holds for the member', () => {
    expect(choicesFromMyVotes(items)).toEqual({ [A]: 'agree', [C]: 'abstain' });
  });

  it('counts the items not marked and the marks not sent', () => {
    expect(ballotState(items, choicesFromMyVotes(items))).toEqual({ unmarked: 1, unsent: 0 });
    expect(ballotState(items, { [A]: 'disagree', [B]: 'agree', [C]: 'abstain' })).toEqual({ unmarked: 0, unsent: 2 });
  });

  it('"Đồng ý tất cả" marks every item agree', () => {
    expect(agreeToAll(items)).toEqual({ [A]: 'agree', [B]: 'agree', [C]: 'agree' });
  });

  it('sends the marked items in agenda order, in a body the API accepts', () => {
    const body = votesBody(items, { [C]: 'disagree', [A]: 'agree' });
    expect(body).toEqual({ votes: [{ itemId: A, choice: 'agree' }, { itemId: C, choice: 'disagree' }] });
    expect(CastVotesBodySchema.parse(body)).toEqual(body);
  });

  it('names the member when the secretary records a written or paper vote', () => {
    const body = votesBody(items, agreeToAll(items), M);
    expect(body.memberId).toBe(M);
    expect(body.votes).toHaveLength(3);
    expect(CastVotesBodySchema.parse(body)).toEqual(body);
  });
});

describe('the ballots the secretary enters', () => {
  const attendance = [
    { memberId: A, present: true }, // has an account: votes in person
    { memberId: B, present: true }, // no account: paper ballot
    { memberId: C, present: false }, // absent, with an account: written ballot
    { memberId: M, present: false }, // absent, no account: written ballot
  ];
  const members = [
    { id: A, userId: '00000000-0000-4000-8000-0000000000a1' },
    { id: B, userId: null },
    { id: C, userId: '00000000-0000-4000-8000-0000000000c1' },
    { id: M, userId: null },
  ];

  it('are the absent members and the present members without an account', () => {
    expect(paperBallotMembers(attendance, members).map((a) => a.memberId)).toEqual([B, C, M]);
  });

  it('are only the absent ones until the council’s members are known', () => {
    expect(paperBallotMembers(attendance, undefined).map((a) => a.memberId)).toEqual([C, M]);
  });
});
