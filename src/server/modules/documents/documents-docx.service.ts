/** A stored document typeset as DOCX (Decree 30 layout) by the renderer of src/server/render/docx. */
import type { Document, ParsedDocument } from '../../../contract/documents.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import { getDocument } from './documents.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The parse format the renderer reads: what the register holds, nothing invented. */
export function toParsedDocument(doc: Document): ParsedDocument {
  return {
    docType: doc.docType,
    number: doc.numberText,
    symbol: doc.symbol,
    parentIssuer: doc.parentIssuer,
    issuer: doc.issuerName,
    place: doc.place,
    date: doc.issuedOn,
    year: doc.year,
    subject: doc.subject,
    recipients: doc.recipients.map((r) => r.name).filter(Boolean),
    references: doc.references.map(({ number, date, kind, issuer }) => ({ number, date, kind, issuer })),
    deadlines: doc.parsed?.deadlines ?? [],
    targets: doc.parsed?.targets ?? [],
    signer: doc.signer,
    body: doc.body,
    distribution: doc.distribution,
    problems: [],
  };
}

/**
 * Thẩm quyền ban hành printed under a decision's title (Decree 30, Mẫu 1.2): the committee when
 * its member signs on its behalf (TM.), else its chair — "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" —
 * whether the chair signs or a deputy signs for the chair (KT.). Other issuers name their own
 * head in ways the register does not hold, so nothing is printed for them.
 */
export function enactingAuthorityOf(doc: Pick<Document, 'docType' | 'issuerName' | 'signer'>): string | null {
  if (doc.docType !== 'Quyết định' || !doc.issuerName) return null;
  if (doc.signer?.authority === 'TM.') return doc.issuerName;
  return /^(ủy|uỷ) ban nhân dân/iu.test(doc.issuerName) ? `Chủ tịch ${doc.issuerName}` : null;
}

/** The DOCX of a document the actor may see; a draft prints without number and date. */
export async function renderStoredDocumentDocx(ctx: ServiceContext, actor: Actor, id: string) {
  const doc = await getDocument(ctx, actor, id);
  const bytes = await renderDocumentDocx(toParsedDocument(doc), { enactingAuthority: enactingAuthorityOf(doc) });
  const label = doc.fullNumber ? doc.fullNumber.replace(/\//g, '-') : 'du-thao';
  return { name: `${doc.docType} ${label}.docx`, contentType: DOCX_TYPE, bytes };
}
