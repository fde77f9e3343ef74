import { and, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { documentFiles, documentRecipients, documentReferences, documents, numberRegisters, orgUnits, users } from '../../db/schema.js';

const owner = alias(orgUnits, 'owner');
const drafting = alias(orgUnits, 'drafting');

export type DocumentRow = typeof documents.$inferSelect & {
  ownerUnitName: string;
  ownerPath: string;
  draftingUnitName: string | null;
};

const documentView = {
  doc: documents,
  ownerUnitName: owner.name,
  ownerPath: owner.path,
  draftingUnitName: drafting.name,
};

const flatten = (r: { doc: typeof documents.$inferSelect; ownerUnitName: string; ownerPath: string; draftingUnitName: string | null }): DocumentRow => ({
  ...r.doc,
  ownerUnitName: r.ownerUnitName,
  ownerPath: r.ownerPath,
  draftingUnitName: r.draftingUnitName,
});

const likeEscaped = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Delivered to a unit under the scope path (a recipient's view of someone else's document). */
const deliveredUnder = (scopePath: string) =>
  sql`exists (select 1 from document_recipients r join org_units ru on ru.id = r.unit_id
               where r.document_id = ${documents.id} and ru.path like ${`${scopePath}%`})`;

/** One document; `lock` takes its row lock (not the units') until the transaction ends. */
export async function findDocument(db: Db, id: string, lock = false): Promise<DocumentRow | null> {
  const query = db
    .select(documentView)
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .leftJoin(drafting, eq(drafting.id, documents.draftingUnitId))
    .where(eq(documents.id, id));
  const [row] = lock ? await query.for('update', { of: documents }) : await query;
  return row ? flatten(row) : null;
}

export interface DocumentFilter {
  scopePath: string;
  words: string[];
  direction?: string;
  docType?: string;
  status?: string;
  year?: number;
  ownerUnitId?: string;
  limit: number;
  offset: number;
}

/** A page of the documents visible under a scope: owned there, or delivered there. */
export async function listDocuments(db: Db, f: DocumentFilter): Promise<{ items: DocumentRow[]; total: number }> {
  const conds: (SQL | undefined)[] = [or(like(owner.path, `${f.scopePath}%`), deliveredUnder(f.scopePath))];
  if (f.direction) conds.push(eq(documents.direction, f.direction));
  if (f.docType) conds.push(eq(documents.docType, f.docType));
  if (f.status) conds.push(eq(documents.status, f.status));
  if (f.year) conds.push(eq(documents.year, f.year));
  if (f.ownerUnitId) conds.push(eq(documents.ownerUnitId, f.ownerUnitId));
  for (const w of f.words) conds.push(like(documents.searchText, likeEscaped(w)));
  const where = and(...conds);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .where(where);
  const rows = await db
    .select(documentView)
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .leftJoin(drafting, eq(drafting.id, documents.draftingUnitId))
    .where(where)
    // Newest first: drafts (no date yet) on top, then by date, then by entry.
    .orderBy(sql`${documents.issuedOn} desc nulls first`, desc(documents.createdAt), desc(documents.number))
    .limit(f.limit)
    .offset(f.offset);
  return { items: rows.map(flatten), total: Number(count?.n ?? 0) };
}

/** Which of these documents are visible under a scope (owned or delivered there). */
export async function visibleDocumentIds(db: Db, ids: string[], scopePath: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .where(and(inArray(documents.id, ids), or(like(owner.path, `${scopePath}%`), deliveredUnder(scopePath))));
  return new Set(rows.map((r) => r.id));
}

export async function isDeliveredUnder(db: Db, documentId: string, scopePath: string): Promise<boolean> {
  const rows = await db
    .select({ unitId: documentRecipients.unitId })
    .from(documentRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, documentRecipients.unitId))
    .where(and(eq(documentRecipients.documentId, documentId), like(orgUnits.path, `${scopePath}%`)))
    .limit(1);
  return rows.length > 0;
}

export async function insertDocument(db: Db, values: typeof documents.$inferInsert): Promise<string> {
  const [row] = await db.insert(documents).values(values).returning({ id: documents.id });
  return row!.id;
}

export async function updateDocument(db: Db, id: string, version: number, values: Partial<typeof documents.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(documents)
    .set({ ...values, version: sql`${documents.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(documents.id, id), eq(documents.version, version)))
    .returning({ id: documents.id });
  return rows.length > 0;
}

// ——— References (căn cứ) ———

export type ReferenceRow = typeof documentReferences.$inferSelect;

export async function listReferences(db: Db, documentId: string): Promise<ReferenceRow[]> {
  return db.select().from(documentReferences).where(eq(documentReferences.documentId, documentId)).orderBy(documentReferences.position);
}

export async function replaceReferences(db: Db, documentId: string, rows: Omit<typeof documentReferences.$inferInsert, 'documentId'>[]) {
  await db.delete(documentReferences).where(eq(documentReferences.documentId, documentId));
  if (rows.length) await db.insert(documentReferences).values(rows.map((r) => ({ ...r, documentId })));
}

/** Documents in a register (issued or registered) carrying one of these number keys. */
export async function findRegisteredByKeys(db: Db, keys: string[], exceptId?: string) {
  if (keys.length === 0) return [];
  return db
    .select({ id: documents.id, numberKey: documents.numberKey, issuedOn: documents.issuedOn })
    .from(documents)
    .where(
      and(
        inArray(documents.numberKey, keys),
        inArray(documents.status, ['issued', 'registered']),
        exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
      ),
    );
}

/** Links unresolved citations of this number (and date, when the citation gives one) to the document. */
export async function resolvePendingReferences(db: Db, doc: { id: string; numberKey: string; issuedOn: string | null }): Promise<number> {
  const rows = await db
    .update(documentReferences)
    .set({ resolvedDocumentId: doc.id })
    .where(
      and(
        isNull(documentReferences.resolvedDocumentId),
        eq(documentReferences.numberKey, doc.numberKey),
        sql`${documentReferences.documentId} <> ${doc.id}`,
        doc.issuedOn ? or(isNull(documentReferences.date), eq(documentReferences.date, doc.issuedOn)) : isNull(documentReferences.date),
      ),
    )
    .returning({ id: documentReferences.id });
  return rows.length;
}

/** Unlinks citations of a registration whose number or date was corrected and no longer match. */
export async function unresolveStaleReferences(db: Db, doc: { id: string; numberKey: string | null; issuedOn: string | null }) {
  await db
    .update(documentReferences)
    .set({ resolvedDocumentId: null })
    .where(
      and(
        eq(documentReferences.resolvedDocumentId, doc.id),
        doc.numberKey === null
          ? undefined
          : or(
              sql`${documentReferences.numberKey} <> ${doc.numberKey}`,
              doc.issuedOn ? sql`${documentReferences.date} <> ${doc.issuedOn}` : sql`${documentReferences.date} is not null`,
            ),
      ),
    );
}

// ——— Number register (sổ đăng ký văn bản đi) ———

/**
 * The next number of an issuer's register for a year. The row lock taken by the UPDATE is held
 * until the issuing transaction ends, so concurrent issuers queue here; a rollback gives the
 * number back, so the register has neither gaps nor repeats.
 */
export async function takeNextNumber(db: Db, issuerUnitId: string, year: number): Promise<number> {
  await db.insert(numberRegisters).values({ issuerUnitId, year, lastNumber: 0 }).onConflictDoNothing();
  const [row] = await db
    .update(numberRegisters)
    .set({ lastNumber: sql`${numberRegisters.lastNumber} + 1` })
    .where(and(eq(numberRegisters.issuerUnitId, issuerUnitId), eq(numberRegisters.year, year)))
    .returning({ lastNumber: numberRegisters.lastNumber });
  return row!.lastNumber;
}

// ——— Deliveries ———

export async function insertDeliveries(db: Db, rows: (typeof documentRecipients.$inferInsert)[]) {
  if (rows.length) await db.insert(documentRecipients).values(rows);
}

const deliveryView = {
  documentId: documentRecipients.documentId,
  unitId: documentRecipients.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  viaGroupId: documentRecipients.viaGroupId,
  deliveredAt: documentRecipients.deliveredAt,
  receivedAt: documentRecipients.receivedAt,
  receivedByName: users.fullName,
};
export type DeliveryRow = { documentId: string; unitId: string; unitName: string; unitPath: string; viaGroupId: string | null; deliveredAt: string; receivedAt: string | null; receivedByName: string | null };

/** Deliveries of a document, only those to units under `scopePath` when given. */
export async function listDeliveries(db: Db, documentId: string, scopePath?: string): Promise<DeliveryRow[]> {
  return db
    .select(deliveryView)
    .from(documentRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, documentRecipients.unitId))
    .leftJoin(users, eq(users.id, documentRecipients.receivedBy))
    .where(and(eq(documentRecipients.documentId, documentId), scopePath ? like(orgUnits.path, `${scopePath}%`) : undefined))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

/** Marks one delivery received unless it already is; true when this call changed it. */
export async function markReceived(db: Db, documentId: string, unitId: string, userId: string | null, at: string): Promise<boolean> {
  const rows = await db
    .update(documentRecipients)
    .set({ receivedAt: at, receivedBy: userId })
    .where(and(eq(documentRecipients.documentId, documentId), eq(documentRecipients.unitId, unitId), isNull(documentRecipients.receivedAt)))
    .returning({ unitId: documentRecipients.unitId });
  return rows.length > 0;
}

/** Deliveries to units under a scope, newest first, with their documents. */
export async function listInbox(db: Db, f: { scopePath: string; unreadOnly: boolean; unitId?: string; limit: number; offset: number }) {
  const where = and(
    like(orgUnits.path, `${f.scopePath}%`),
    f.unreadOnly ? isNull(documentRecipients.receivedAt) : undefined,
    f.unitId ? eq(documentRecipients.unitId, f.unitId) : undefined,
  );
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documentRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, documentRecipients.unitId))
    .where(where);
  const rows = await db
    .select(deliveryView)
    .from(documentRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, documentRecipients.unitId))
    .leftJoin(users, eq(users.id, documentRecipients.receivedBy))
    .where(where)
    .orderBy(desc(documentRecipients.deliveredAt), sql`${orgUnits.sortKey} collate "C"`)
    .limit(f.limit)
    .offset(f.offset);
  return { items: rows, total: Number(count?.n ?? 0) };
}

export async function findDocumentsByIds(db: Db, ids: string[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(documentView)
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .leftJoin(drafting, eq(drafting.id, documents.draftingUnitId))
    .where(inArray(documents.id, ids));
  return rows.map(flatten);
}

// ——— Files ———

export type FileRow = typeof documentFiles.$inferSelect;

export async function listFiles(db: Db, documentId: string): Promise<FileRow[]> {
  return db.select().from(documentFiles).where(eq(documentFiles.documentId, documentId)).orderBy(documentFiles.createdAt, documentFiles.name);
}

export async function findFile(db: Db, documentId: string, fileId: string): Promise<FileRow | null> {
  const [row] = await db
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, documentId), eq(documentFiles.id, fileId)));
  return row ?? null;
}

export async function findFileBySha(db: Db, documentId: string, sha256: string): Promise<FileRow | null> {
  const [row] = await db
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, documentId), eq(documentFiles.sha256, sha256)));
  return row ?? null;
}

export async function insertFile(db: Db, values: typeof documentFiles.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(documentFiles).values(values).returning();
  return row!;
}
