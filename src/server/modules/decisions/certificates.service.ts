/**
 * Giấy khen of a decision's awardees: a plain landscape DOCX (or its PDF), or a PDF printed onto
 * a calibrated pre-printed blank. Only an issued or recorded decision has certificates.
 */
import type { z } from 'zod';
import type { CertificateQuerySchema } from '../../../contract/decisions.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { renderCertificatesDocx } from '../../render/certificate/plain.js';
import { renderPositionedCertificatesDocx } from '../../render/certificate/positioned.js';
import type { PlacedField } from '../../render/certificate/model.js';
import { PDF_NEEDS_LIBREOFFICE, docxToPdf } from '../../render/pdf.js';
import { getDocument } from '../documents/documents.service.js';
import { certificateText } from './certificate-text.js';
import { loadLayout } from './certificate-layouts.service.js';
import { loadDecision } from './decisions-access.js';
import { placeForUnit } from './decisions.service.js';
import * as repo from './decisions.repo.js';

type CertificateQuery = z.infer<typeof CertificateQuerySchema>;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface CertificateFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A file name without characters file systems refuse. */
function fileTitle(s: string): string {
  return s.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}

async function loadCertificates(ctx: ServiceContext, actor: Actor | null, id: string, awardeeId: string | undefined) {
  const row = await loadDecision(ctx, actor, id);
  if (row.status === 'draft') throw new AppError('CONFLICT', 'Quyết định chưa ban hành: chưa in được Giấy khen');
  const all = await repo.listAwardees(ctx.db, id);
  const awardees = awardeeId ? all.filter((a) => a.id === awardeeId) : all;
  if (awardees.length === 0) throw new AppError('NOT_FOUND', 'Người được khen không có trong quyết định này');
  const document = row.documentId ? await getDocument(ctx, actor, row.documentId) : null;
  const place = document?.place ?? (await placeForUnit(ctx.db, { name: row.unitName, kind: row.unitKind, path: row.unitPath }));
  const source = { decision: row, unit: { name: row.unitName, kind: row.unitKind }, document, place };
  const texts = awardees.map((a) => certificateText(source, a));
  const title = awardeeId ? awardees[0]!.name : (row.numberText ?? 'quyết định');
  return { texts, title: fileTitle(`Giấy khen - ${title}`) };
}

/** The plain certificates, one landscape A4 page per awardee. */
export async function certificatesDocx(ctx: ServiceContext, actor: Actor | null, id: string, query: CertificateQuery): Promise<CertificateFile> {
  if (query.layoutId) throw new AppError('INVALID_INPUT', 'In lên phôi chỉ có dạng PDF', { layoutId: 'Chỉ dùng với certificates.pdf' });
  const { texts, title } = await loadCertificates(ctx, actor, id, query.awardeeId);
  return { name: `${title}.docx`, contentType: DOCX_TYPE, bytes: await renderCertificatesDocx(texts) };
}

/**
 * The certificates as PDF: the plain pages, or with `layoutId` only the variable text at the
 * blank's calibrated positions. LibreOffice converts; without it the answer is 409.
 */
export async function certificatesPdf(ctx: ServiceContext, actor: Actor | null, id: string, query: CertificateQuery): Promise<CertificateFile> {
  const { texts, title } = await loadCertificates(ctx, actor, id, query.awardeeId);
  let docx: Buffer;
  if (query.layoutId) {
    const layout = await loadLayout(ctx, actor, query.layoutId);
    docx = await renderPositionedCertificatesDocx(texts, { pageWidthMm: layout.pageWidthMm, pageHeightMm: layout.pageHeightMm, fields: layout.fields as PlacedField[] });
  } else {
    docx = await renderCertificatesDocx(texts);
  }
  const pdf = await docxToPdf(docx);
  if (pdf === null) throw new AppError('CONFLICT', PDF_NEEDS_LIBREOFFICE);
  return { name: `${title}${query.layoutId ? ' (in lên phôi)' : ''}.pdf`, contentType: 'application/pdf', bytes: pdf };
}
