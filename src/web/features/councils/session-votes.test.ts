import { describe, expect, it } from 'vitest';
import { CastVotesBodySchema } from '../../../contract/councils.js';
import { agreeToAll, ballotState, choicesFromMyVotes, votesBody } from './session-votes.js';

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

  it('names the absent member when the secretary records a written vote', () => {
    const body = votesBody(items, agreeToAll(items), M);
    expect(body.memberId).toBe(M);
    expect(body.votes).toHaveLength(3);
    expect(CastVotesBodySchema.parse(body)).toEqual(body);
  });
});
