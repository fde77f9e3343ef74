/** Chỉ tiêu of a movement: add, change, remove, and take them from a parsed document. */
import type { ParsedDocument } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { CreateIndicatorBodySchema, type CreateIndicatorBody, type Indicator, type Movement, type UpdateIndicatorBody } from '../../../contract/reporting.js';
import { indicatorDraftsFromParsedTargets } from '../../../core/reporting/indicators-from-targets.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { loadDocument } from '../documents/documents-access.js';
import { checkIndicator } from './indicator-rules.js';
import * as repo from './indicators.repo.js';
import { loadWritableMovement } from './movements-access.js';
import { getMovementUnchecked, presentIndicator } from './movements.service.js';

const indicatorNotFound = () => new AppError('NOT_FOUND', 'Chỉ tiêu không tồn tại hoặc nằm ngoài phạm vi của bạn');

function codeTaken(code: string): AppError {
  const message = `Mã chỉ tiêu ${code} đã có trong phong trào này`;
  return new AppError('CONFLICT', message, { code: message });
}

function fieldsOf(body: CreateIndicatorBody) {
  return {
    code: body.code,
    name: body.name,
    unitOfMeasure: body.unitOfMeasure,
    valueType: body.valueType,
    direction: body.direction,
    rule: body.rule,
    denominatorIndicatorId: body.denominatorIndicatorId ?? null,
    baseline: body.baseline ?? null,
    targets: body.targets,
    required: body.required,
    position: body.position,
    note: body.note || null,
  };
}

function isAcceptable(body: CreateIndicatorBody, siblings: repo.IndicatorRow[]): boolean {
  try {
    checkIndicator(body, siblings);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_INPUT') return false;
    throw err;
  }
}

/** An indicator with its movement, the actor allowed to change both (404 when the movement is not visible). */
async function loadWritableIndicator(ctx: ServiceContext, actor: Actor | null, id: string) {
  const row = await repo.findIndicator(ctx.db, id, true);
  if (!row) throw indicatorNotFound();
  try {
    await loadWritableMovement(ctx, actor, row.movementId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw indicatorNotFound();
    throw err;
  }
  return row;
}

/** Adds an indicator to a movement. */
export async function createIndicator(ctx: ServiceContext, actor: Actor | null, movementId: string, body: CreateIndicatorBody): Promise<Indicator> {
  try {
    const id = await ctx.db.transaction(async (tx) => {
      await loadWritableMovement({ ...ctx, db: tx }, actor, movementId);
      const siblings = await repo.listIndicators(tx, [movementId]);
      checkIndicator(body, siblings);
      if (siblings.some((s) => s.code === body.code)) throw codeTaken(body.code);
      const now = ctx.now().toISOString();
      const [newId] = await repo.insertIndicators(tx, [{ ...fieldsOf(body), movementId, createdAt: now, updatedAt: now }]);
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'indicator.create', entityType: 'indicator', entityId: newId!, after: { movementId, ...body } });
      return newId!;
    });
    return presentIndicator((await repo.findIndicator(ctx.db, id))!);
  } catch (err) {
    // Two writers adding the same code at once: the unique index decides.
    if (isUniqueViolation(err, 'indicators_code_key')) throw codeTaken(body.code);
    throw err;
  }
}

/** Replaces an indicator's fields, with lost-update protection. */
export async function updateIndicator(ctx: ServiceContext, actor: Actor, id: string, body: UpdateIndicatorBody): Promise<Indicator> {
  try {
    await ctx.db.transaction(async (tx) => {
      const current = await loadWritableIndicator({ ...ctx, db: tx }, actor, id);
      if (current.version !== body.version) throw staleVersion();
      const siblings = (await repo.listIndicators(tx, [current.movementId])).filter((s) => s.id !== id);
      checkIndicator(body, siblings, id);
      if (siblings.some((s) => s.code === body.code)) throw codeTaken(body.code);
      const ok = await repo.updateIndicator(tx, id, body.version, { ...fieldsOf(body), updatedAt: ctx.now().toISOString() });
      if (!ok) throw staleVersion();
      await appendAudit(tx, { actorUserId: actor.userId, action: 'indicator.update', entityType: 'indicator', entityId: id, before: presentIndicator(current), after: body });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'indicators_code_key')) throw codeTaken(body.code);
    throw err;
  }
  return presentIndicator((await repo.findIndicator(ctx.db, id))!);
}

/** Removes an indicator nothing depends on yet: no report value, no report template, no weighted average. */
export async function deleteIndicator(ctx: ServiceContext, actor: Actor, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadWritableIndicator({ ...ctx, db: tx }, actor, id);
    if (current.version !== version) throw staleVersion();
    const values = await repo.countReportValues(tx, id);
    if (values > 0) {
      throw new AppError('CONFLICT', `Chỉ tiêu ${current.code} đã có số liệu trong ${values} báo cáo: không xóa được. Có thể sửa tên hoặc bỏ chỉ tiêu khỏi mẫu báo cáo.`);
    }
    const templates = await repo.listTemplatesUsing(tx, id);
    if (templates.length) {
      throw new AppError('CONFLICT', `Chỉ tiêu ${current.code} đang nằm trong mẫu báo cáo của nhiệm vụ: ${templates.join('; ')}. Hãy bỏ chỉ tiêu khỏi mẫu báo cáo trước.`);
    }
    const dependents = await repo.listDependents(tx, id);
    if (dependents.length) {
      throw new AppError('CONFLICT', `Chỉ tiêu ${current.code} đang làm trọng số cho ${dependents.join(', ')}: không xóa được.`);
    }
    await repo.deleteIndicator(tx, id);
    await appendAudit(tx, { actorUserId: actor.userId, action: 'indicator.delete', entityType: 'indicator', entityId: id, before: presentIndicator(current) });
  });
}

/**
 * Turns the targets the parser found in a document ("ít nhất 80% … cấp huyện, 60% … cấp xã")
 * into indicators of the movement. Codes already there are left alone, so a second call adds nothing.
 */
export async function indicatorsFromDocument(ctx: ServiceContext, actor: Actor | null, movementId: string, documentId: string): Promise<Movement> {
  await ctx.db.transaction(async (tx) => {
    const tctx = { ...ctx, db: tx };
    await loadWritableMovement(tctx, actor, movementId);
    let parsed: ParsedDocument | null;
    try {
      parsed = (await loadDocument(tctx, actor, documentId)).row.parsed as ParsedDocument | null;
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') throw invalidField('documentId', 'Văn bản không tồn tại hoặc nằm ngoài phạm vi của bạn');
      throw err;
    }
    if (!parsed?.targets?.length) {
      throw invalidField('documentId', 'Văn bản này không có chỉ tiêu nào đọc được (chỉ văn bản vào sổ từ kết quả đọc văn bản mới có)');
    }
    const existing = await repo.listIndicators(tx, [movementId]);
    const codes = new Set(existing.map((i) => i.code));
    const nextPosition = Math.max(-1, ...existing.map((i) => i.position)) + 1;
    const drafts = indicatorDraftsFromParsedTargets(parsed.targets)
      .filter((d) => !codes.has(d.code))
      .map((d) => CreateIndicatorBodySchema.parse(d))
      // A draft our rules refuse (e.g. "đạt 131% kế hoạch" read as a percent target) is left for the officer to enter by hand.
      .filter((d) => isAcceptable(d, existing));
    if (drafts.length === 0) return;
    const now = ctx.now().toISOString();
    const ids = await repo.insertIndicators(
      tx,
      drafts.map((d, i) => ({ ...fieldsOf(d), position: nextPosition + i, movementId, createdAt: now, updatedAt: now })),
    );
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'indicator.from_document',
      entityType: 'movement',
      entityId: movementId,
      after: { documentId, indicatorIds: ids, codes: drafts.map((d) => d.code) },
    });
  });
  return getMovementUnchecked(ctx, actor, movementId);
}
