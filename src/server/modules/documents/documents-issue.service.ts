/** Ban hành và chuyển văn bản: numbering from the register, freezing, delivery, receipt. */
import type { BodySection, Delivery, Document, InboxQuery, IssueDocumentBody, ReceiveDocumentBody, Signer } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { todayInVietnam } from '../../../core/dates.js';
import { formatDocumentNumber, fullDocumentNumber } from '../../../core/document-numbers.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findDecisionIdByDocument } from '../decisions/decisions.repo.js';
import { listGroups, listMembers } from '../groups/groups.repo.js';
import { findUnit, findUnitsByIds } from '../units/units.repo.js';
import { documentSearchText, numberKeyOf, type StoredRecipient } from './documents-input.js';
import * as repo from './documents.repo.js';
import { frozen, loadDocument, loadWritableDocument } from './documents-access.js';
import { toSummary } from './documents-present.js';
import { getDocument } from './documents.service.js';

/** What a draft must say before it can be numbered: every gap named at once. */
function checkIssuable(row: repo.DocumentRow, issuedOn: string, today: string): void {
  const fields: Record<string, string> = {};
  if (!row.subject) fields.subject = 'Chưa có trích yếu';
  if ((row.recipients as StoredRecipient[]).length === 0) fields.recipients = 'Chưa có nơi nhận (Kính gửi)';
  const signer = row.signer as Signer | null;
  if (!signer) fields.signer = 'Chưa có người ký';
  else {
    if (!signer.name) fields['signer.name'] = 'Chưa có họ tên người ký';
    if (!signer.title) fields['signer.title'] = 'Chưa có chức vụ người ký';
  }
  if (!row.symbol) fields.symbol = 'Chưa có ký hiệu văn bản';
  if (issuedOn > today) fields.issuedOn = 'Ngày ban hành không được sau hôm nay';
  if (Object.keys(fields).length) {
    throw new AppError('INVALID_INPUT', `Chưa ban hành được văn bản: ${Object.values(fields).join('; ')}`, fields);
  }
}

/**
 * The units an issued document goes to: named units, then the members of named groups (as they
 * are at issue time), once each, never the issuing unit itself.
 */
async function deliveryUnits(db: Db, row: repo.DocumentRow): Promise<{ unitId: string; viaGroupId: string | null }[]> {
  const stored = row.recipients as StoredRecipient[];
  const unitIds = stored.flatMap((r) => ('unitId' in r ? [r.unitId] : []));
  const groupIds = stored.flatMap((r) => ('groupId' in r ? [r.groupId] : []));
  const units = await findUnitsByIds(db, unitIds);
  for (const [i, r] of stored.entries()) {
    if (!('unitId' in r)) continue;
    const u = units.find((x) => x.id === r.unitId);
    if (!u || u.status !== 'active') {
      throw invalidField(`recipients.${i}.unitId`, `Nơi nhận "${u?.name ?? r.unitId}" đã giải thể, sáp nhập: sửa lại nơi nhận`);
    }
  }
  const groups = groupIds.length ? await listGroups(db, { ids: groupIds }) : [];
  for (const [i, r] of stored.entries()) {
    if ('groupId' in r && !groups.some((g) => g.id === r.groupId)) {
      throw invalidField(`recipients.${i}.groupId`, 'Cụm, khối thi đua nhận văn bản không còn tồn tại: sửa lại nơi nhận');
    }
  }
  const members = await listMembers(db, groupIds);
  const out = new Map<string, string | null>();
  for (const id of unitIds) out.set(id, null);
  for (const groupId of groupIds) {
    for (const m of members.filter((x) => x.groupId === groupId)) if (!out.has(m.unitId)) out.set(m.unitId, groupId);
  }
  out.delete(row.ownerUnitId);
  return [...out].map(([unitId, viaGroupId]) => ({ unitId, viaGroupId }));
}

/** The document just numbered, as a caller's own writes in the issue transaction need it. */
export interface IssuedDocument {
  id: string;
  number: number;
  numberText: string;
  symbol: string | null;
  /** "12/QĐ-UBND". */
  fullNumber: string;
  issuedOn: string;
  issuerName: string | null;
  place: string | null;
}

export interface IssueOptions {
  /**
   * Runs inside the issue transaction once the number is taken; whatever it throws rolls the
   * issue back and gives the number back. The text of a decision (Quyết định khen thưởng) is
   * issued only this way, by the decision, which writes the award history and fund with it.
   */
  afterIssue?: (tx: Db, issued: IssuedDocument) => Promise<void>;
}

/**
 * Ban hành: takes the next number of the owner's register for the year of issue, dates and
 * freezes the document, and delivers it to its recipient units — all in one transaction, so a
 * failure anywhere gives the number back. Of two concurrent issues of one draft, the second
 * waits on the row lock, then finds it issued (409).
 */
export async function issueDocument(ctx: ServiceContext, actor: Actor | null, id: string, body: IssueDocumentBody, options: IssueOptions = {}): Promise<Document> {
  const today = todayInVietnam(ctx.now());
  const issuedOn = body.issuedOn ?? today;
  await ctx.db.transaction(async (tx) => {
    const row = await loadWritableDocument({ ...ctx, db: tx }, actor, id, 'document:issue');
    if (row.direction !== 'outgoing') throw new AppError('CONFLICT', 'Văn bản đến đã vào sổ, không ban hành');
    if (row.status !== 'draft') throw frozen(row);
    if (!options.afterIssue && (await findDecisionIdByDocument(tx, id))) {
      throw new AppError('CONFLICT', 'Quyết định khen thưởng ban hành tại mục Khen thưởng › Quyết định');
    }
    if (row.version !== body.version) throw staleVersion();
    checkIssuable(row, issuedOn, today);
    const targets = await deliveryUnits(tx, row);
    const year = Number(issuedOn.slice(0, 4));
    const number = await repo.takeNextNumber(tx, row.ownerUnitId, year);
    const numberText = formatDocumentNumber(number);
    const numberKey = numberKeyOf(numberText, row.symbol)!;
    const at = ctx.now().toISOString();
    const ok = await repo.updateDocument(tx, id, body.version, {
      status: 'issued',
      number,
      numberText,
      numberKey,
      issuedOn,
      year,
      issuedAt: at,
      issuedBy: actor?.userId ?? null,
      searchText: documentSearchText({ ...row, body: row.body as BodySection[], numberText }),
    });
    if (!ok) throw staleVersion();
    await repo.insertDeliveries(tx, targets.map((t) => ({ documentId: id, unitId: t.unitId, viaGroupId: t.viaGroupId, deliveredAt: at })));
    const resolved = await repo.resolvePendingReferences(tx, { id, numberKey, issuedOn });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'document.issue',
      entityType: 'document',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: {
        status: 'issued',
        number,
        fullNumber: fullDocumentNumber(numberText, row.symbol),
        issuedOn,
        deliveredTo: targets.map((t) => t.unitId),
        resolvedCitations: resolved,
      },
    });
    await options.afterIssue?.(tx, {
      id,
      number,
      numberText,
      symbol: row.symbol,
      fullNumber: fullDocumentNumber(numberText, row.symbol)!,
      issuedOn,
      issuerName: row.issuerName,
      place: row.place,
    });
  });
  return getDocument(ctx, actor, id);
}

/**
 * Marks a delivery received by the actor's unit, or by the given unit of their scope.
 * Receiving twice changes nothing (and writes nothing).
 */
export async function receiveDocument(ctx: ServiceContext, actor: Actor, id: string, body: ReceiveDocumentBody): Promise<Delivery> {
  const unitId = body.unitId ?? actor.unitId;
  await ctx.db.transaction(async (tx) => {
    await loadDocument({ ...ctx, db: tx }, actor, id);
    requirePermission(actor, 'document:write');
    const unit = await findUnit(tx, unitId);
    const deliveries = await repo.listDeliveries(tx, id, actor.scopePath);
    if (!unit || !canSee(actor, unit.path) || !deliveries.some((d) => d.unitId === unitId)) {
      throw invalidField('unitId', body.unitId ? 'Văn bản không gửi đến đơn vị này' : 'Văn bản không gửi đến đơn vị của bạn: chọn đơn vị nhận');
    }
    const at = ctx.now().toISOString();
    if (await repo.markReceived(tx, id, unitId, actor.userId, at)) {
      await appendAudit(tx, { actorUserId: actor.userId, action: 'document.receive', entityType: 'document', entityId: id, after: { unitId, receivedAt: at } });
    }
  });
  const d = (await repo.listDeliveries(ctx.db, id, actor.scopePath)).find((x) => x.unitId === unitId)!;
  return toDelivery(d);
}

function toDelivery(d: repo.DeliveryRow): Delivery {
  return {
    unitId: d.unitId,
    unitName: d.unitName,
    viaGroupId: d.viaGroupId,
    deliveredAt: new Date(d.deliveredAt).toISOString(),
    receivedAt: d.receivedAt ? new Date(d.receivedAt).toISOString() : null,
    receivedByName: d.receivedByName,
  };
}

/** Documents delivered to units of the actor's scope, newest first; unread ones by default. */
export async function listInbox(ctx: ServiceContext, actor: Actor, query: InboxQuery) {
  requirePermission(actor, 'document:read');
  const page = await repo.listInbox(ctx.db, {
    scopePath: actor.scopePath,
    unreadOnly: query.status === 'unread',
    unitId: query.unitId,
    limit: query.limit,
    offset: query.offset,
  });
  const docs = new Map((await repo.findDocumentsByIds(ctx.db, [...new Set(page.items.map((d) => d.documentId))])).map((r) => [r.id, r]));
  return { items: page.items.map((d) => ({ ...toDelivery(d), document: toSummary(docs.get(d.documentId)!) })), total: page.total };
}
