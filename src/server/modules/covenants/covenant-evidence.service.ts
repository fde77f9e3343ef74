/**
 * Evidence files of a member's sheet, per criterion: attached by those who score for the member
 * while its sheet is open, read by whoever may read the sheet (every member once scoring closes).
 */
import type { EvidenceFile } from '../../../contract/covenants.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { isoInstant } from '../../db/instants.js';
import type { Db } from '../../db/open.js';
import { checkAttachmentContent, readAttachment, requireFileStore, sanitizeFileName } from '../../files/attachments.js';
import type { Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { covenantAccess, requireBeforeDeadline, requireMember, requireStatus, seesScoresOf } from './covenant-access.js';
import * as evidence from './covenant-evidence.repo.js';
import * as repo from './covenants.repo.js';

export const presentEvidenceFile = (f: evidence.EvidenceFileRow): EvidenceFile => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  createdAt: isoInstant(f.createdAt),
});

/** The sheet takes new evidence: the actor scores for the member, scoring is open and the sheet not yet sent. */
async function requireOpenSheet(ctx: ServiceContext, db: Db, actor: Actor | null, id: string, unitId: string) {
  const access = await covenantAccess(db, actor, id);
  const member = requireMember(access, unitId);
  if (!access.scoresFor(unitId)) throw new AppError('FORBIDDEN', 'Bạn không chấm điểm cho đơn vị này');
  requireStatus(access, ['scoring'], 'đính kèm minh chứng');
  requireBeforeDeadline(ctx, access);
  const sheet = await repo.findUnitScore(db, id, unitId);
  if (sheet?.status === 'submitted') throw new AppError('CONFLICT', `Bảng tự chấm của ${member.unitName} đã nộp: không thay đổi minh chứng được`);
  return access;
}

async function requireScoredCriterion(db: Db, id: string, criterionId: string) {
  const criterion = (await repo.listCriteria(db, id)).find((c) => c.id === criterionId);
  if (!criterion) throw invalidField('criterionId', 'Tiêu chí không thuộc giao ước này');
  if (criterion.kind === 'group') throw invalidField('criterionId', `${criterion.code} là nhóm nội dung: đính minh chứng vào từng tiêu chí của nhóm`);
  return criterion;
}

/** Attaches a file to one criterion; the same bytes again on the same criterion answer the file already there. */
export async function addEvidenceFile(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  unitId: string,
  file: { bytes: Buffer; contentType: string; name: string | undefined; criterionId: string },
): Promise<{ file: EvidenceFile; created: boolean }> {
  const store = requireFileStore(ctx);
  // Checked before storing the bytes, so a refused upload leaves nothing behind.
  await requireOpenSheet(ctx, ctx.db, actor, id, unitId);
  const criterion = await requireScoredCriterion(ctx.db, id, file.criterionId);
  checkAttachmentContent(file);
  const name = sanitizeFileName(file.name);
  const { sha256, size } = await store.put(file.bytes);
  return ctx.db.transaction(async (tx) => {
    await evidence.lockSheet(tx, id, unitId);
    await requireOpenSheet(ctx, tx, actor, id, unitId);
    const key = { covenantId: id, unitId, criterionId: criterion.id };
    const existing = await evidence.findEvidenceBySha(tx, key, sha256);
    if (existing) return { file: presentEvidenceFile(existing), created: false };
    const inserted = await evidence.insertEvidenceFile(tx, { ...key, sha256, size, contentType: file.contentType, name, createdBy: actor?.userId ?? null });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.evidence.add',
      entityType: 'covenant',
      entityId: id,
      after: { unitId, criterion: criterion.code, fileId: inserted.id, name, contentType: file.contentType, size, sha256 },
    });
    return { file: presentEvidenceFile(inserted), created: true };
  });
}

/** The bytes of one evidence file, to whoever may read the member's sheet. */
export async function getEvidenceFile(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string, fileId: string) {
  const store = requireFileStore(ctx);
  const access = await covenantAccess(ctx.db, actor, id);
  requireMember(access, unitId);
  if (!seesScoresOf(access, unitId)) throw new AppError('FORBIDDEN', 'Minh chứng của đơn vị khác chỉ xem được sau khi khóa chấm điểm');
  return readAttachment(store, await evidence.findEvidenceFile(ctx.db, id, unitId, fileId));
}

/** Removes a file from an open sheet; the bytes stay in the content-addressed store (others may share them). */
export async function deleteEvidenceFile(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string, fileId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await evidence.lockSheet(tx, id, unitId);
    await requireOpenSheet(ctx, tx, actor, id, unitId);
    const row = await evidence.findEvidenceFile(tx, id, unitId, fileId);
    if (!row) throw new AppError('NOT_FOUND', 'Tệp minh chứng không tồn tại');
    await evidence.deleteEvidenceFile(tx, fileId);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.evidence.delete',
      entityType: 'covenant',
      entityId: id,
      before: { unitId, fileId, name: row.name, contentType: row.contentType, size: row.size, sha256: row.sha256 },
    });
  });
}
