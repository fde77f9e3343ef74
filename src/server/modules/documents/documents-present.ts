/** Documents as the API shows them, to one actor: other units' deliveries and unseen citations hidden. */
import { isoInstant } from '../../db/instants.js';
import type { BodySection, DocType, Document, DocumentSummary, ParsedDocument, ParseProblem, Recipient, Signer } from '../../../contract/documents.js';
import { fullDocumentNumber } from '../../../core/document-numbers.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { listGroups } from '../groups/groups.repo.js';
import { findUnitsByIds } from '../units/units.repo.js';
import type { StoredRecipient } from './documents-input.js';
import * as repo from './documents.repo.js';

export function toSummary(row: repo.DocumentRow): DocumentSummary {
  return {
    id: row.id,
    direction: row.direction as DocumentSummary['direction'],
    docType: row.docType as DocType,
    status: row.status as DocumentSummary['status'],
    ownerUnitId: row.ownerUnitId,
    ownerUnitName: row.ownerUnitName,
    number: row.number,
    numberText: row.numberText,
    symbol: row.symbol,
    fullNumber: fullDocumentNumber(row.numberText, row.symbol),
    issuerName: row.issuerName,
    issuedOn: row.issuedOn,
    year: row.year,
    subject: row.subject,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}


async function presentRecipients(ctx: ServiceContext, stored: StoredRecipient[]): Promise<Recipient[]> {
  const unitIds = stored.flatMap((r) => ('unitId' in r ? [r.unitId] : []));
  const groupIds = stored.flatMap((r) => ('groupId' in r ? [r.groupId] : []));
  const units = new Map((await findUnitsByIds(ctx.db, unitIds)).map((u) => [u.id, u.name]));
  const groups = new Map((groupIds.length ? await listGroups(ctx.db, { ids: groupIds }) : []).map((g) => [g.id, g.name]));
  return stored.map((r) =>
    'unitId' in r
      ? { unitId: r.unitId, groupId: null, text: null, name: units.get(r.unitId) ?? '' }
      : 'groupId' in r
        ? { unitId: null, groupId: r.groupId, text: null, name: groups.get(r.groupId) ?? '(cụm, khối đã xóa)' }
        : { unitId: null, groupId: null, text: r.text, name: r.text },
  );
}

/** The whole document as the actor may see it. */
export async function presentDocument(ctx: ServiceContext, actor: Actor | null, row: repo.DocumentRow, owns: boolean): Promise<Document> {
  const refs = await repo.listReferences(ctx.db, row.id);
  const resolvedIds = refs.flatMap((r) => (r.resolvedDocumentId ? [r.resolvedDocumentId] : []));
  const visible = actor ? await repo.visibleDocumentIds(ctx.db, resolvedIds, actor.scopePath) : new Set(resolvedIds);
  const deliveries = await repo.listDeliveries(ctx.db, row.id, owns || !actor ? undefined : actor.scopePath);
  const files = await repo.listFiles(ctx.db, row.id);
  return {
    ...toSummary(row),
    draftingUnitId: row.draftingUnitId,
    draftingUnitName: row.draftingUnitName,
    parentIssuer: row.parentIssuer,
    place: row.place,
    recipients: await presentRecipients(ctx, row.recipients as StoredRecipient[]),
    references: refs.map((r) => ({
      number: r.numberText,
      date: r.date,
      kind: r.kind,
      issuer: r.issuer,
      resolvedDocumentId: r.resolvedDocumentId && visible.has(r.resolvedDocumentId) ? r.resolvedDocumentId : null,
    })),
    body: row.body as BodySection[],
    signer: (row.signer as Signer | null) ?? null,
    distribution: row.distribution as string[],
    receivedOn: row.receivedOn,
    parsed: (row.parsed as ParsedDocument | null) ?? null,
    problems: (row.problems as ParseProblem[] | null) ?? [],
    deliveries: deliveries.map((d) => ({
      unitId: d.unitId,
      unitName: d.unitName,
      viaGroupId: d.viaGroupId,
      deliveredAt: isoInstant(d.deliveredAt),
      receivedAt: isoInstant(d.receivedAt),
      receivedByName: d.receivedByName,
    })),
    files: files.map((f) => ({ id: f.id, name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, createdAt: isoInstant(f.createdAt) })),
    issuedAt: isoInstant(row.issuedAt),
    updatedAt: isoInstant(row.updatedAt),
    heldByYourScope: owns || !actor,
  };
}
