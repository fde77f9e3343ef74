/** Queries of the fund ledger (quỹ thi đua, khen thưởng): entries, balances, payouts by decision. */
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { decisionAwardees, decisions, fundEntries } from '../../db/schema.js';

export type FundEntryRow = typeof fundEntries.$inferSelect & { decisionNumber: string | null; decisionIssuedOn: string | null };

export async function insertEntries(db: Db, rows: (typeof fundEntries.$inferInsert)[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const out = await db.insert(fundEntries).values(rows).returning({ id: fundEntries.id });
  return out.map((r) => r.id);
}

/** Income less payouts of every year before `year`. */
export async function balanceBefore(db: Db, unitId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(case when ${fundEntries.kind} = 'income' then ${fundEntries.amount} else -${fundEntries.amount} end), 0)` })
    .from(fundEntries)
    .where(and(eq(fundEntries.unitId, unitId), lt(fundEntries.year, year)));
  return Number(row?.n ?? 0);
}

/** The entries of a year in the order they happened. */
export async function listEntries(db: Db, unitId: string, year: number): Promise<FundEntryRow[]> {
  const rows = await db
    .select({ e: fundEntries, decisionNumber: decisions.numberText, decisionIssuedOn: decisions.issuedOn })
    .from(fundEntries)
    .leftJoin(decisions, eq(decisions.id, fundEntries.decisionId))
    .leftJoin(decisionAwardees, eq(decisionAwardees.id, fundEntries.awardeeId))
    .where(and(eq(fundEntries.unitId, unitId), eq(fundEntries.year, year)))
    // The payouts of one decision share their instant: they follow its list.
    .orderBy(asc(fundEntries.entryOn), asc(fundEntries.createdAt), asc(decisionAwardees.position), asc(fundEntries.id));
  return rows.map((r) => ({ ...r.e, decisionNumber: r.decisionNumber, decisionIssuedOn: r.decisionIssuedOn }));
}

export async function findEntry(db: Db, id: string): Promise<FundEntryRow | null> {
  const [row] = await db
    .select({ e: fundEntries, decisionNumber: decisions.numberText, decisionIssuedOn: decisions.issuedOn })
    .from(fundEntries)
    .leftJoin(decisions, eq(decisions.id, fundEntries.decisionId))
    .where(eq(fundEntries.id, id));
  return row ? { ...row.e, decisionNumber: row.decisionNumber, decisionIssuedOn: row.decisionIssuedOn } : null;
}
