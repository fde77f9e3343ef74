/** The register of documents: outgoing drafts and incoming registrations, listed, read and edited. */
import { randomUUID } from 'node:crypto';
import type {
  BodySection,
  CreateDocumentBody,
  CreateOutgoingDocumentBody,
  Document,
  ListDocumentsQuery,
  RegisterIncomingDocumentBody,
  UpdateDocumentBody,
} from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { isValidIsoDate, todayInVietnam } from '../../../core/dates.js';
import { defaultIssuerName, defaultSymbol, draftingAbbreviation, fullDocumentNumber, issuerAbbreviation } from '../../../core/document-numbers.js';
import { foldForSearch } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit } from '../units/units.repo.js';
import { frozen, loadDocument, loadWritableDocument } from './documents-access.js';
import { checkRecipients, cleanBody, cleanSigner, documentSearchText, nfcDeep, numberKeyOf, prepareReferences } from './documents-input.js';
import { presentDocument, toSummary } from './documents-present.js';
import * as repo from './documents.repo.js';

/** A page of the register(s) the actor sees, newest first, searchable without diacritics. */
export async function listDocuments(ctx: ServiceContext, actor: Actor, query: ListDocumentsQuery) {
  requirePermission(actor, 'document:read');
  const page = await repo.listDocuments(ctx.db, {
    scopePath: actor.scopePath,
    words: query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : [],
    direction: query.direction,
    docType: query.docType,
    status: query.status,
    year: query.year,
    ownerUnitId: query.ownerUnitId,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: page.items.map(toSummary), total: page.total };
}

/** One document the actor may see, or NOT_FOUND. */
export async function getDocument(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Document> {
  const { row, owns } = await loadDocument(ctx, actor, id);
  return presentDocument(ctx, actor, row, owns);
}

async function requireOwner(ctx: ServiceContext, actor: Actor | null, ownerUnitId: string) {
  if (actor) requirePermission(actor, 'document:write');
  const owner = await findUnit(ctx.db, ownerUnitId);
  if (!owner || (actor && !canSee(actor, owner.path))) {
    throw invalidField('ownerUnitId', 'Đơn vị giữ sổ không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  return owner;
}

async function requireDraftingUnit(ctx: ServiceContext, actor: Actor | null, id: string | null | undefined) {
  if (!id) return null;
  const unit = await findUnit(ctx.db, id);
  if (!unit || (actor && !canSee(actor, unit.path))) {
    throw invalidField('draftingUnitId', 'Đơn vị soạn thảo không tồn tại hoặc nằm ngoài phạm vi của bạn');
  }
  return unit;
}

async function createOutgoing(ctx: ServiceContext, actor: Actor | null, body: CreateOutgoingDocumentBody): Promise<string> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const owner = await requireOwner(tctx, actor, body.ownerUnitId);
    const drafting = await requireDraftingUnit(tctx, actor, body.draftingUnitId);
    const recipients = await checkRecipients(tx, actor, owner.path, body.recipients);
    const references = await prepareReferences(tx, id, body.references);
    const symbol = body.symbol !== undefined ? body.symbol || null : defaultSymbol(body.docType, issuerAbbreviation(owner), drafting ? draftingAbbreviation(drafting) : null);
    const issuerName = body.issuerName !== undefined ? body.issuerName || null : defaultIssuerName(owner);
    const content = { subject: body.subject || null, body: cleanBody(body.body), parentIssuer: body.parentIssuer || null };
    await repo.insertDocument(tx, {
      id,
      direction: 'outgoing',
      docType: body.docType,
      status: 'draft',
      ownerUnitId: owner.id,
      draftingUnitId: drafting?.id ?? null,
      parentIssuer: content.parentIssuer,
      issuerName,
      symbol,
      place: body.place || null,
      subject: content.subject,
      recipients,
      body: content.body,
      signer: cleanSigner(body.signer),
      distribution: body.distribution ?? ['Như trên', `Lưu: VT${drafting ? `, ${drafting.shortName ?? drafting.code}` : ''}`],
      searchText: documentSearchText({ ...content, numberText: null, symbol, issuerName }),
      createdBy: actor?.userId ?? null,
    });
    await repo.replaceReferences(tx, id, references);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'document.create', entityType: 'document', entityId: id, after: body });
  });
  return id;
}

async function registerIncoming(ctx: ServiceContext, actor: Actor | null, body: RegisterIncomingDocumentBody): Promise<string> {
  const id = randomUUID();
  const parsed = body.parsed ? nfcDeep(body.parsed) : null;
  const pick = <K extends keyof RegisterIncomingDocumentBody>(key: K, fromParsed: RegisterIncomingDocumentBody[K] | undefined) =>
    body[key] !== undefined ? body[key] : fromParsed;
  const docType = pick('docType', parsed?.docType ?? undefined);
  if (!docType) throw invalidField('docType', 'Chọn loại văn bản');
  const issuedOn = pick('issuedOn', parsed?.date ?? null) ?? null;
  if (issuedOn && !isValidIsoDate(issuedOn)) throw invalidField('parsed.date', 'Ngày ban hành đọc được không tồn tại');
  const numberText = pick('number', parsed?.number ?? null) || null;
  const symbol = pick('symbol', parsed?.symbol ?? null) || null;
  const issuerName = pick('issuerName', parsed?.issuer ?? null) || null;
  const parentIssuer = pick('parentIssuer', parsed?.parentIssuer ?? null) || null;
  const subject = pick('subject', parsed?.subject ?? null) || null;
  const content = { numberText, symbol, issuerName, parentIssuer, subject, body: cleanBody(pick('body', parsed?.body) ?? []) };
  const numberKey = numberKeyOf(numberText, symbol);
  try {
    await ctx.db.transaction(async (tx) => {
      const tctx = { ...ctx, db: tx };
      const owner = await requireOwner(tctx, actor, body.ownerUnitId);
      const recipients = await checkRecipients(tx, actor, owner.path, body.recipients ?? (parsed?.recipients ?? []).filter(Boolean).map((text) => ({ text })));
      const references = await prepareReferences(tx, id, body.references ?? parsed?.references ?? [], body.references ? 'references' : 'parsed.references');
      await repo.insertDocument(tx, {
        id,
        direction: 'incoming',
        docType,
        status: 'registered',
        ownerUnitId: owner.id,
        ...content,
        number: numberText && /^\d+$/.test(numberText) ? Number(numberText) : null,
        numberKey,
        place: pick('place', parsed?.place ?? null) || null,
        issuedOn,
        year: issuedOn ? Number(issuedOn.slice(0, 4)) : (parsed?.year ?? null),
        recipients,
        signer: cleanSigner(pick('signer', parsed?.signer ?? null)),
        distribution: nfcDeep(pick('distribution', parsed?.distribution) ?? []).filter(Boolean),
        receivedOn: body.receivedOn ?? todayInVietnam(ctx.now()),
        parsed,
        problems: parsed?.problems ?? [],
        searchText: documentSearchText(content),
        createdBy: actor?.userId ?? null,
      });
      await repo.replaceReferences(tx, id, references);
      const resolved = numberKey ? await repo.resolvePendingReferences(tx, { id, numberKey, issuedOn }) : 0;
      const { parsed: _parsed, ...fields } = body;
      await appendAudit(tx, {
        actorUserId: actor?.userId ?? null,
        action: 'document.register',
        entityType: 'document',
        entityId: id,
        after: { ...fields, fromParsed: parsed !== null, resolvedCitations: resolved },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'documents_incoming_once_key')) {
      throw new AppError('CONFLICT', `Văn bản số ${fullDocumentNumber(numberText, symbol)} ngày ${issuedOn ?? '?'} đã được vào sổ văn bản đến của đơn vị này`, {
        number: 'Đã vào sổ',
      });
    }
    throw err;
  }
  return id;
}

/** Creates an outgoing draft, or registers an incoming document (possibly from a parse result). */
export async function createDocument(ctx: ServiceContext, actor: Actor | null, body: CreateDocumentBody): Promise<Document> {
  const id = body.direction === 'outgoing' ? await createOutgoing(ctx, actor, body) : await registerIncoming(ctx, actor, body);
  return getDocument(ctx, actor, id);
}

const OUTGOING_LOCKED = { number: 'Số', issuedOn: 'Ngày ban hành', receivedOn: 'Ngày đến' } as const;

/** Edits a draft or an incoming registration; an issued document is frozen (409). */
export async function updateDocument(ctx: ServiceContext, actor: Actor, id: string, body: UpdateDocumentBody): Promise<Document> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const row = await loadWritableDocument(tctx, actor, id);
    if (row.status === 'issued') throw frozen(row);
    if (row.version !== body.version) throw staleVersion();
    if (row.direction === 'outgoing') {
      for (const [field, label] of Object.entries(OUTGOING_LOCKED)) {
        if (body[field as keyof typeof OUTGOING_LOCKED] !== undefined) {
          throw invalidField(field, `${label} của văn bản đi do sổ văn bản cấp khi ban hành, không nhập tay`);
        }
      }
    }
    const drafting = body.draftingUnitId !== undefined ? await requireDraftingUnit(tctx, actor, body.draftingUnitId) : undefined;
    const recipients = body.recipients ? await checkRecipients(tx, actor, row.ownerPath, body.recipients) : undefined;
    const references = body.references ? await prepareReferences(tx, id, body.references) : undefined;
    const next = <K extends keyof UpdateDocumentBody>(key: K, current: unknown) =>
      body[key] !== undefined ? (body[key] === '' ? null : body[key]) : current;
    const content = {
      numberText: next('number', row.numberText) as string | null,
      symbol: next('symbol', row.symbol) as string | null,
      issuerName: next('issuerName', row.issuerName) as string | null,
      parentIssuer: next('parentIssuer', row.parentIssuer) as string | null,
      subject: next('subject', row.subject) as string | null,
      body: body.body ? cleanBody(body.body) : (row.body as BodySection[]),
    };
    const issuedOn = next('issuedOn', row.issuedOn) as string | null;
    const numberKey = row.direction === 'incoming' ? numberKeyOf(content.numberText, content.symbol) : null;
    const ok = await repo.updateDocument(tx, id, body.version, {
      ...content,
      ...(body.docType ? { docType: body.docType } : {}),
      ...(drafting !== undefined ? { draftingUnitId: drafting?.id ?? null } : {}),
      ...(body.place !== undefined ? { place: body.place || null } : {}),
      ...(recipients ? { recipients } : {}),
      ...(body.signer !== undefined ? { signer: cleanSigner(body.signer) } : {}),
      ...(body.distribution ? { distribution: body.distribution } : {}),
      ...(row.direction === 'incoming'
        ? {
            number: content.numberText && /^\d+$/.test(content.numberText) ? Number(content.numberText) : null,
            numberKey,
            issuedOn,
            year: issuedOn ? Number(issuedOn.slice(0, 4)) : row.year,
            ...(body.receivedOn !== undefined ? { receivedOn: body.receivedOn ?? todayInVietnam(ctx.now()) } : {}),
          }
        : {}),
      searchText: documentSearchText(content),
    });
    if (!ok) throw staleVersion();
    const referencesBefore = references ? (await repo.listReferences(tx, id)).map((r) => ({ number: r.numberText, date: r.date, kind: r.kind, issuer: r.issuer })) : undefined;
    if (references) await repo.replaceReferences(tx, id, references);
    if (row.direction === 'incoming' && (numberKey !== row.numberKey || issuedOn !== row.issuedOn)) {
      await repo.unresolveStaleReferences(tx, { id, numberKey, issuedOn });
      if (numberKey) await repo.resolvePendingReferences(tx, { id, numberKey, issuedOn });
    }
    const before = Object.fromEntries(
      Object.keys(body)
        .filter((k) => k !== 'version')
        .map((k) => [k, k === 'number' ? row.numberText : k === 'references' ? referencesBefore : ((row as Record<string, unknown>)[k] ?? null)]),
    );
    await appendAudit(tx, { actorUserId: actor.userId, action: 'document.update', entityType: 'document', entityId: id, before: { ...before, version: row.version }, after: body });
  });
  return getDocument(ctx, actor, id);
}
