/** Decisions as the contract shows them. */
import type { AwardCode } from '../../../contract/awards.js';
import type { Awardee, Decision, DecisionStatusSchema } from '../../../contract/decisions.js';
import { findAward } from '../../../core/awards/catalogue.js';
import type { z } from 'zod';
import type { AwardeeRow, DecisionListRow, DecisionRow } from './decisions.repo.js';

type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export function toAwardee(a: AwardeeRow): Awardee {
  return {
    id: a.id,
    position: a.position,
    nominationId: a.nominationId,
    personId: a.personId,
    unitId: a.unitId,
    name: a.name,
    nomineePosition: a.nomineePosition,
    unitName: a.unitName,
    awardCode: a.awardCode as AwardCode,
    awardName: findAward(a.awardCode as AwardCode).name,
    achievement: a.achievement,
    cashMultiple: a.cashMultiple,
    amount: a.amount,
  };
}

export function toSummary(r: DecisionListRow) {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    documentId: r.documentId,
    status: r.status as DecisionStatus,
    numberText: r.numberText,
    issuedOn: r.issuedOn,
    issuer: r.issuer,
    year: r.year,
    subject: r.subject,
    awardeeCount: r.awardeeCount,
    totalAmount: r.totalAmount,
    version: r.version,
  };
}

export function toDecision(
  r: DecisionRow,
  awardees: AwardeeRow[],
  doc: { subject: string | null; version: number } | null,
  canIssue: boolean,
): Decision {
  const items = awardees.map(toAwardee);
  return {
    ...toSummary({ ...r, subject: doc?.subject ?? null, awardeeCount: items.length, totalAmount: items.reduce((s, a) => s + (a.amount ?? 0), 0) }),
    baseSalary: r.baseSalary,
    documentVersion: doc?.version ?? null,
    awardees: items,
    canIssue,
  };
}
