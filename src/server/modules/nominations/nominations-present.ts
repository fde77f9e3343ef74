/**
 * Nominations as every module shows them (lists, session agendas, decisions): one query that
 * names the proposing and reviewing units, and one mapping to the contract's summary.
 */
import { asc, inArray, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AwardCode, EligibilityResult } from '../../../contract/awards.js';
import type { NominationStatus, NominationSummary } from '../../../contract/nominations.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { isoInstant } from '../../db/instants.js';
import type { Db } from '../../db/open.js';
import { nominations, orgUnits } from '../../db/schema.js';

const proposing = alias(orgUnits, 'proposing_unit');
const reviewing = alias(orgUnits, 'reviewing_unit');

export const summaryColumns = {
  row: nominations,
  proposingName: proposing.name,
  proposingPath: proposing.path,
  reviewingName: reviewing.name,
  reviewingPath: reviewing.path,
};

export type SummaryRow = {
  row: typeof nominations.$inferSelect;
  proposingName: string;
  proposingPath: string;
  reviewingName: string;
  reviewingPath: string;
};

/** Nominations with their unit names, in the order of `orderBy` (default: Vietnamese name order). */
export async function selectSummaryRows(db: Db, where: SQL | undefined, orderBy: SQL[] = [], limit?: number, offset?: number): Promise<SummaryRow[]> {
  const q = db
    .select(summaryColumns)
    .from(nominations)
    .innerJoin(proposing, eq(proposing.id, nominations.proposingUnitId))
    .innerJoin(reviewing, eq(reviewing.id, nominations.reviewingUnitId))
    .where(where)
    .orderBy(...(orderBy.length ? orderBy : [asc(nominations.sortKey), asc(nominations.id)]));
  if (limit !== undefined) q.limit(limit);
  if (offset !== undefined) q.offset(offset);
  return q;
}

export async function summariesByIds(db: Db, ids: readonly string[]): Promise<Map<string, NominationSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await selectSummaryRows(db, inArray(nominations.id, [...ids]));
  return new Map(rows.map((r) => [r.row.id, toNominationSummary(r)]));
}

export function toNominationSummary(r: SummaryRow): NominationSummary {
  const n = r.row;
  const eligibility = n.eligibility as EligibilityResult | null;
  return {
    id: n.id,
    status: n.status as NominationStatus,
    year: n.year,
    awardCode: n.awardCode as AwardCode,
    awardName: findAward(n.awardCode as AwardCode).name,
    awardKind: n.awardKind as NominationSummary['awardKind'],
    nominee: {
      kind: n.personId ? 'person' : 'collective',
      personId: n.personId,
      unitId: n.unitId,
      name: n.nomineeName,
      position: n.nomineePosition,
      unitName: n.nomineeUnitName,
    },
    proposingUnit: { id: n.proposingUnitId, name: r.proposingName },
    reviewingUnit: { id: n.reviewingUnitId, name: r.reviewingName },
    proposedOn: n.proposedOn,
    eligibilityStatus: eligibility?.status ?? null,
    flagged: eligibility !== null && eligibility.status !== 'eligible' && n.status !== 'draft',
    outcomeAwardCode: (n.outcomeAwardCode as AwardCode | null) ?? null,
    submittedAt: isoInstant(n.submittedAt),
    version: n.version,
  };
}
