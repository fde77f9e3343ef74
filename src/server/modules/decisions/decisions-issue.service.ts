/**
 * Ban hành quyết định khen thưởng: numbering through the register, and with it — in the same
 * transaction — the award history, the nominations' last step, and the fund's payouts.
 */
import type { AwardCode } from '../../../contract/awards.js';
import type { Decision, IssueDecisionBody } from '../../../contract/decisions.js';
import type { Actor } from '../../http/actor.js';
import { AppError } from '../../../contract/errors.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { baseSalaryOn } from '../../../core/commendation/base-salary.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { issueDocument, type IssuedDocument } from '../documents/documents-issue.service.js';
import { getDocument, updateDocument } from '../documents/documents.service.js';
import { insertEntries } from '../fund/fund.repo.js';
import { takeStep } from '../nominations/nomination-steps.js';
import { findUnit } from '../units/units.repo.js';
import { cashOn } from './award-cash.js';
import { articlesSection, hasArticles, replaceArticles } from './decision-text.js';
import { loadDecision } from './decisions-access.js';
import { getDecision } from './decisions.service.js';
import * as repo from './decisions.repo.js';

const awardName = (code: string) => findAward(code as AwardCode).name;

/**
 * The base salary changed between drafting and issuing: the amounts in Điều 1–2 follow it when
 * the officer has not edited those articles; otherwise the text cannot be mended safely (409).
 * Returns the document's version after the change.
 */
async function refreshArticles(
  ctx: ServiceContext,
  actor: Actor | null,
  row: repo.DecisionRow,
  awardees: repo.AwardeeRow[],
  amounts: (number | null)[],
  baseSalary: number | null,
  documentVersion: number,
): Promise<number> {
  const doc = await getDocument(ctx, actor, row.documentId!);
  if (doc.version !== documentVersion) throw staleVersion();
  const drafting = doc.draftingUnitId ? await findUnit(ctx.db, doc.draftingUnitId) : null;
  const articles = (amountOf: (i: number) => number | null, base: number | null) =>
    articlesSection({
      owner: { name: row.unitName, kind: row.unitKind },
      drafting,
      year: row.year,
      awardees: awardees.map((a, i) => ({ ...a, kind: a.personId ? 'person' : 'collective', awardCode: a.awardCode as AwardCode, amount: amountOf(i) })),
      baseSalary: base,
    });
  const before = articles((i) => awardees[i]!.amount, row.baseSalary);
  if (!actor || !hasArticles(doc.body, before)) {
    throw new AppError(
      'CONFLICT',
      `Mức lương cơ sở ngày ban hành khác ngày dự thảo nên tiền thưởng thay đổi, nhưng Điều 1, Điều 2 của dự thảo đã được sửa: ` +
        'hãy xóa dự thảo quyết định và lập lại từ các đề nghị đã duyệt',
    );
  }
  const updated = await updateDocument(ctx, actor, doc.id, { version: doc.version, body: replaceArticles(doc.body, before, articles((i) => amounts[i]!, baseSalary)) });
  return updated.version;
}

/** The writes that go with the number: history, nominations, fund, the decision itself. */
async function recordIssue(tx: Db, actor: Actor | null, at: string, row: repo.DecisionRow, awardees: repo.AwardeeRow[], amounts: (number | null)[], issued: IssuedDocument) {
  const actorUserId = actor?.userId ?? null;
  for (const [i, a] of awardees.entries()) {
    const recordId = await repo.insertAwardRecordOnce(tx, {
      personId: a.personId,
      unitId: a.unitId,
      awardCode: a.awardCode,
      year: row.year,
      decisionNumber: issued.fullNumber,
      decisionDate: issued.issuedOn,
      issuer: issued.issuerName,
      createdBy: actorUserId,
    });
    if (recordId === null) {
      throw new AppError('CONFLICT', `${a.name} đã có "${awardName(a.awardCode)}" năm ${row.year} trong lịch sử khen thưởng: không khen thưởng hai lần cho một thành tích (Điều 5 Luật Thi đua, khen thưởng 2022)`);
    }
    await repo.updateAwardee(tx, a.id, { amount: amounts[i], awardRecordId: recordId });
  }
  const nominationIds = awardees.flatMap((a) => (a.nominationId ? [a.nominationId] : []));
  await takeStep(tx, nominationIds, { action: 'decide', actorUserId, at, note: `Quyết định số ${issued.fullNumber} ngày ${formatDateVi(issued.issuedOn)}` });
  await insertEntries(
    tx,
    awardees.flatMap((a, i) => {
      const amount = amounts[i];
      if (!amount) return [];
      return [
        {
          unitId: row.unitId,
          year: Number(issued.issuedOn.slice(0, 4)),
          kind: 'payout',
          entryOn: issued.issuedOn,
          amount,
          description: `${awardName(a.awardCode)} – ${a.name}`,
          decisionId: row.id,
          awardeeId: a.id,
          createdBy: actorUserId,
        },
      ];
    }),
  );
  const baseSalary = baseSalaryOn(issued.issuedOn)?.amount ?? null;
  const ok = await repo.updateDecision(tx, row.id, row.version, { status: 'issued', numberText: issued.fullNumber, issuedOn: issued.issuedOn, issuer: issued.issuerName, baseSalary });
  if (!ok) throw staleVersion();
  await appendAudit(tx, {
    actorUserId,
    action: 'decision.issue',
    entityType: 'decision',
    entityId: row.id,
    before: { status: row.status, version: row.version },
    after: {
      status: 'issued',
      documentId: issued.id,
      numberText: issued.fullNumber,
      issuedOn: issued.issuedOn,
      baseSalary,
      amounts: Object.fromEntries(awardees.map((a, i) => [a.id, amounts[i]])),
    },
  });
}

/**
 * Issues a draft decision: its document takes the next number of the unit's register, each
 * awardee enters the award history (the same award twice for a year → 409 naming them), the
 * nominations become "decided", and each cash award becomes a payout of the unit's fund at the
 * base salary in force on the day of issue. One transaction: any refusal gives the number back.
 */
export async function issueDecision(ctx: ServiceContext, actor: Actor | null, id: string, body: IssueDecisionBody): Promise<Decision> {
  const issuedOn = body.issuedOn ?? todayInVietnam(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const row = await loadDecision(tctx, actor, id, 'document:issue', true);
    if (row.status === 'issued') throw new AppError('CONFLICT', `Quyết định số ${row.numberText} đã ban hành ngày ${formatDateVi(row.issuedOn)}`);
    if (row.status !== 'draft' || !row.documentId) throw new AppError('CONFLICT', 'Quyết định nhập lại từ giấy đã có số, không ban hành lại');
    if (row.version !== body.version) throw staleVersion();
    const awardees = await repo.listAwardees(tx, id);
    const amounts = awardees.map((a) => cashOn(a.cashMultiple, issuedOn));
    let documentVersion = body.documentVersion;
    if (amounts.some((amount, i) => amount !== awardees[i]!.amount)) {
      documentVersion = await refreshArticles(tctx, actor, row, awardees, amounts, baseSalaryOn(issuedOn)?.amount ?? null, documentVersion);
    }
    const at = ctx.now().toISOString();
    await issueDocument(tctx, actor, row.documentId, { version: documentVersion, issuedOn }, { afterIssue: (itx, issued) => recordIssue(itx, actor, at, row, awardees, amounts, issued) });
  });
  return getDecision(ctx, actor, id);
}
