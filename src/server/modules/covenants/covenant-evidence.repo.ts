import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { covenantScoreFiles } from '../../db/schema.js';

export type EvidenceFileRow = typeof covenantScoreFiles.$inferSelect;

/**
 * Serialises the changes to one member's sheet that its row lock cannot cover: a file attached
 * before the sheet exists must not slip past a submit running at the same time.
 */
export async function lockSheet(db: Db, covenantId: string, unitId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(727277, hashtext(${`${covenantId}:${unitId}`}))`);
}

export async function listEvidenceFiles(db: Db, covenantId: string, unitId: string): Promise<EvidenceFileRow[]> {
  return db
    .select()
    .from(covenantScoreFiles)
    .where(and(eq(covenantScoreFiles.covenantId, covenantId), eq(covenantScoreFiles.unitId, unitId)))
    .orderBy(asc(covenantScoreFiles.createdAt), asc(covenantScoreFiles.name));
}

export async function findEvidenceFile(db: Db, covenantId: string, unitId: string, fileId: string): Promise<EvidenceFileRow | null> {
  const [row] = await db
    .select()
    .from(covenantScoreFiles)
    .where(and(eq(covenantScoreFiles.covenantId, covenantId), eq(covenantScoreFiles.unitId, unitId), eq(covenantScoreFiles.id, fileId)));
  return row ?? null;
}

export async function findEvidenceBySha(db: Db, key: { covenantId: string; unitId: string; criterionId: string }, sha256: string): Promise<EvidenceFileRow | null> {
  const [row] = await db
    .select()
    .from(covenantScoreFiles)
    .where(
      and(
        eq(covenantScoreFiles.covenantId, key.covenantId),
        eq(covenantScoreFiles.unitId, key.unitId),
        eq(covenantScoreFiles.criterionId, key.criterionId),
        eq(covenantScoreFiles.sha256, sha256),
      ),
    );
  return row ?? null;
}

export async function insertEvidenceFile(db: Db, values: typeof covenantScoreFiles.$inferInsert): Promise<EvidenceFileRow> {
  const [row] = await db.insert(covenantScoreFiles).values(values).returning();
  return row!;
}

export async function deleteEvidenceFile(db: Db, fileId: string): Promise<void> {
  await db.delete(covenantScoreFiles).where(eq(covenantScoreFiles.id, fileId));
}
