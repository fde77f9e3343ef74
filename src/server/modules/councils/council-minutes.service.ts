import { AppError } from '../../../contract/errors.js';
import type { Ballot, Denominator } from '../../../core/commendation/council-vote.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import { draftMinutes, minutesSecretary, type MinutesInput } from './council-minutes.js';
import { loadSession, sessionView } from './council-sessions.service.js';
import * as councilRepo from './councils.repo.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface MinutesFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** The minutes (biên bản họp xét) of a closed session as DOCX, for anyone who may read the session. */
export async function sessionMinutesDocx(ctx: ServiceContext, actor: Actor | null, id: string): Promise<MinutesFile> {
  const loaded = await loadSession(ctx.db, actor, id);
  if (loaded.session.status !== 'closed') throw new AppError('CONFLICT', 'Biên bản chỉ lập được khi phiên họp đã kết thúc');
  const view = await sessionView(ctx.db, loaded);
  const members = new Map((await councilRepo.listMembers(ctx.db, view.councilId)).map((m) => [m.id, m]));
  const c = loaded.access.council;
  const s = loaded.session;
  const input: MinutesInput = {
    council: { name: c.name, unitName: c.unitName, unitKind: c.unitKind, quorumNumerator: c.quorumNumerator, quorumDenominator: c.quorumDenominator },
    session: { title: s.title, heldOn: s.heldOn, place: s.place, openedAt: s.openedAt, closedAt: s.closedAt, membersTotal: s.membersTotal ?? 0, membersPresent: s.membersPresent ?? 0 },
    attendance: view.attendance.map((a) => ({ fullName: a.fullName, position: members.get(a.memberId)?.position ?? null, role: a.role, present: a.present, note: a.note })),
    items: view.items.map((it) => ({
      nomineeName: it.nomination.nominee.name,
      nomineeUnitName: it.nomination.nominee.unitName,
      awardName: it.nomination.awardName,
      ballot: it.ballot as Ballot,
      thresholdPercent: it.thresholdPercent,
      denominator: it.denominator as Denominator,
      agree: it.result!.agree,
      disagree: it.result!.disagree,
      abstain: it.result!.abstain,
      countedOf: it.result!.countedOf,
      percent: it.result!.percent,
      passed: it.result!.passed,
      conflictNames: it.conflictMembers.map((m) => m.fullName),
    })),
    quorumRequired: view.quorumRequired,
  };
  const doc = draftMinutes(input);
  const secretary = minutesSecretary(input);
  const date = s.heldOn.split('-').reverse().join('-');
  return { name: `Biên bản họp xét - ${c.name} - ${date}.docx`, contentType: DOCX_TYPE, bytes: await renderDocumentDocx(doc, { leftSigner: { title: 'THƯ KÝ', name: secretary?.fullName ?? null } }) };
}
