import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { indicators } from '../../db/schema.js';

/** The movement's indicators in their display order. */
export async function listIndicatorIds(db: Db, movementId: string): Promise<string[]> {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.movementId, movementId))
    .orderBy(asc(indicators.position), asc(indicators.code));
  return rows.map((r) => r.id);
}
