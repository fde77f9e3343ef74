/**
 * Quyết định khen thưởng: drafted from the approved nominations of the reviewing unit as a
 * "Quyết định" in its register, listed, read, and deleted while still a draft.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AwardCode } from '../../../contract/awards.js';
import type { Decision, DraftDecisionBody, ListDecisionsQuerySchema } from '../../../contract/decisions.js';
import { AppError } from '../../../contract/errors.js';
import type { NominationStatus } from '../../../contract/nominations.js';
import { awardOrder } from '../../../core/awards/catalogue.js';
import { ruleSetFor } from '../../../core/awards/rule-sets.js';
import { baseSalaryOn } from '../../../core/commendation/base-salary.js';
import { STATUS_LABEL } from '../../../core/commendation/nomination-flow.js';
import { todayInVietnam } from '../../../core/dates.js';
import { draftingAbbreviation } from '../../../core/document-numbers.js';
import { idsOnPath } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { canSee, effectivePermissions, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { createDocument } from '../documents/documents.service.js';
import { findUnit, findUnitsByIds, type UnitRow } from '../units/units.repo.js';
import { cashMultipleFor, cashOn } from './award-cash.js';
import { articlesSection, decisionDistribution, decisionReferences, decisionSubject, placeOf, preambleSection, type TextAwardee } from './decision-text.js';
import { loadDecision } from './decisions-access.js';
import { toDecision, toSummary } from './decisions-present.js';
import { governingCommittee } from '../rollups/consolidated-report.js';
import { listActiveChildren } from '../rollups/rollups.repo.js';
import * as repo from './decisions.repo.js';

type ListDecisionsQuery = z.infer<typeof ListDecisionsQuerySchema>;


/** The place printed in ô 4: the unit's own, else that of the nearest administrative unit above it. */
export async function placeForUnit(db: ServiceContext['db'], unit: Pick<UnitRow, 'name' | 'kind' | 'path'>): Promise<string | null> {
  const own = placeOf(unit);
  if (own) return own;
  const chain = await findUnitsByIds(db, idsOnPath(unit.path));
  const byId = new Map(chain.map((u) => [u.id, u]));
  for (const id of idsOnPath(unit.path).reverse()) {
    const u = byId.get(id);
    const place = u ? placeOf(u) : null;
    if (place) return place;
  }
  return null;
}

/** Approved nominations of the reviewing unit, each once and on no other decision, as awardees in list order. */
async function awardeesFromNominations(db: ServiceContext['db'], unit: UnitRow, ids: readonly string[]) {
  const rows = await repo.findNominationsForDecision(db, [...new Set(ids)]);
  for (const [i, id] of ids.entries()) {
    if (ids.indexOf(id) !== i) continue;
    const n = rows.find((r) => r.id === id);
    const field = `nominationIds.${i}`;
    if (!n || n.reviewingUnitId !== unit.id) throw invalidField(field, `Đề nghị thứ ${i + 1} không tồn tại hoặc không thuộc danh sách do ${unit.name} xét`);
    if (n.status !== 'approved') {
      throw invalidField(field, `Đề nghị của ${n.nomineeName} đang ở trạng thái "${STATUS_LABEL[n.status as NominationStatus]}": chỉ đưa vào quyết định các đề nghị đã được duyệt`);
    }
    if (n.onDecision) throw invalidField(field, `${n.nomineeName} đã có trong một quyết định khác`);
  }
  const years = [...new Set(rows.map((r) => r.year))];
  if (years.length > 1) throw invalidField('nominationIds', `Các đề nghị thuộc nhiều năm thành tích (${years.sort().join(', ')}): mỗi quyết định chỉ khen thưởng một năm`);
  const awardCode = (n: repo.NominationRow) => (n.outcomeAwardCode ?? n.awardCode) as AwardCode;
  const sorted = [...rows].sort(
    (a, b) =>
      awardOrder(awardCode(a)) - awardOrder(awardCode(b)) ||
      // Collectives before individuals, as decisions list them.
      Number(a.personId !== null) - Number(b.personId !== null) ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
  );
  return { year: years[0]!, nominations: sorted, awardCode };
}

/**
 * Drafts the decision: the "Quyết định" in the unit's register (căn cứ, Điều 1–3 from the
 * awardees), the decision row and its awardees with the cash on today's base salary — one
 * transaction, so a refused nomination leaves no half-made draft.
 */
export async function draftDecision(ctx: ServiceContext, actor: Actor | null, body: DraftDecisionBody): Promise<Decision> {
  const id = randomUUID();
  const today = todayInVietnam(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    const unit = await findUnit(tx, body.unitId);
    if (actor) {
      requireUnitAccess(actor, 'decision:write', unit?.path ?? null);
      requirePermission(actor, 'document:write');
    } else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
    const owner = unit!;
    const { year, nominations, awardCode } = await awardeesFromNominations(tx, owner, body.nominationIds);
    const session = body.sessionId ? await repo.findUnitSession(tx, body.sessionId, owner.id) : null;
    if (body.sessionId && !session) throw invalidField('sessionId', `Phiên họp không phải của Hội đồng Thi đua – Khen thưởng của ${owner.name}`);
    const drafting = body.draftingUnitId ? await findUnit(tx, body.draftingUnitId) : null;
    if (body.draftingUnitId && (!drafting || (actor && !canSee(actor, drafting.path)))) {
      throw invalidField('draftingUnitId', 'Đơn vị soạn thảo không tồn tại hoặc nằm ngoài phạm vi của bạn');
    }
    const base = baseSalaryOn(today);
    const awardees = nominations.map((n, position) => {
      const kind = n.personId ? ('person' as const) : ('collective' as const);
      const multiple = cashMultipleFor(awardCode(n), kind);
      return {
        id: randomUUID(),
        decisionId: id,
        position,
        nominationId: n.id,
        personId: n.personId,
        unitId: n.unitId,
        name: n.nomineeName,
        nomineePosition: n.nomineePosition,
        unitName: n.nomineeUnitName,
        awardCode: awardCode(n),
        achievement: null,
        cashMultiple: multiple,
        amount: cashOn(multiple, today),
        kind,
      };
    });
    const textAwardees: TextAwardee[] = awardees;
    const recipients = [...new Set(nominations.map((n) => n.proposingUnitId))];
    const activeRecipients = (await findUnitsByIds(tx, recipients)).filter((u) => u.status === 'active' && u.id !== owner.id).map((u) => u.id);
    // A territory decides through its People's Committee: the decision takes its number from the
    // committee's register ("…/QĐ-UBND"), like every other document the committee issues.
    const issuer = governingCommittee(owner, await listActiveChildren(tx, owner.id)) ?? owner;
    const document = await createDocument(tctx, actor, {
      direction: 'outgoing',
      ownerUnitId: issuer.id,
      draftingUnitId: drafting?.id ?? null,
      docType: 'Quyết định',
      place: await placeForUnit(tx, owner),
      subject: body.subject || decisionSubject(year, textAwardees),
      // The decision goes to the units that proposed its awardees; Nơi nhận prints "Như Điều 3".
      recipients: activeRecipients.length ? activeRecipients.map((unitId) => ({ unitId })) : [{ text: 'Như Điều 3' }],
      references: decisionReferences(ruleSetFor(today)),
      body: [
        preambleSection({ drafting, ruleSet: ruleSetFor(today), session }),
        articlesSection({ owner, drafting, year, awardees: textAwardees, baseSalary: base?.amount ?? null }),
      ],
      signer: body.signer,
      distribution: decisionDistribution(drafting ? draftingAbbreviation(drafting) : null),
    });
    await repo.insertDecision(tx, {
      id,
      unitId: owner.id,
      documentId: document.id,
      year,
      status: 'draft',
      baseSalary: base?.amount ?? null,
      sessionId: session?.id ?? null,
      createdBy: actor?.userId ?? null,
    });
    await repo.insertAwardees(tx, awardees.map(({ kind: _kind, ...a }) => a));
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'decision.create',
      entityType: 'decision',
      entityId: id,
      after: { unitId: owner.id, documentId: document.id, year, nominationIds: nominations.map((n) => n.id), baseSalary: base?.amount ?? null },
    });
  });
  return getDecision(ctx, actor, id);
}

/** A page of the decisions of units the actor sees. */
export async function listDecisions(ctx: ServiceContext, actor: Actor, query: ListDecisionsQuery) {
  requirePermission(actor, 'award:read');
  let scopePath = actor.scopePath;
  if (query.unitId) {
    const unit = await findUnit(ctx.db, query.unitId);
    requireUnitAccess(actor, 'award:read', unit?.path ?? null);
    scopePath = unit!.path;
  }
  const page = await repo.listDecisions(ctx.db, { scopePath, unitId: query.unitId, year: query.year, status: query.status, limit: query.limit, offset: query.offset });
  return { items: page.items.map(toSummary), total: page.total };
}

/** One decision with its awardees; `canIssue` says whether the actor may issue it now. */
export async function getDecision(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Decision> {
  const row = await loadDecision(ctx, actor, id);
  const awardees = await repo.listAwardees(ctx.db, id);
  const doc = row.documentId ? await repo.findDocumentHead(ctx.db, row.documentId) : null;
  const canIssue = row.status === 'draft' && (actor === null || effectivePermissions(actor).includes('document:issue'));
  return toDecision(row, awardees, doc, canIssue);
}

/** Deletes a draft decision and its draft document; an issued or recorded one stays (409). */
export async function deleteDecision(ctx: ServiceContext, actor: Actor | null, id: string, version: number | undefined): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadDecision({ ...ctx, db: tx }, actor, id, 'decision:write', true);
    if (row.status !== 'draft') {
      throw new AppError('CONFLICT', row.status === 'issued' ? `Quyết định số ${row.numberText} đã ban hành: không xóa được` : 'Quyết định nhập lại từ giấy không xóa ở đây được');
    }
    if (version !== undefined && version !== row.version) throw staleVersion();
    const awardees = await repo.listAwardees(tx, id);
    await repo.deleteDecision(tx, id);
    if (row.documentId && !(await repo.deleteDraftDocument(tx, row.documentId))) {
      throw new AppError('CONFLICT', 'Văn bản của quyết định đã ban hành: không xóa được');
    }
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'decision.delete',
      entityType: 'decision',
      entityId: id,
      before: { status: row.status, version: row.version, documentId: row.documentId, nominationIds: awardees.map((a) => a.nominationId).filter(Boolean) },
    });
    if (row.documentId) {
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'document.delete', entityType: 'document', entityId: row.documentId, before: { status: 'draft', decisionId: id } });
    }
  });
}
