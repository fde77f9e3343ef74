/**
 * Phôi Giấy khen: where each field lands on a unit's pre-printed blank, calibrated once on screen
 * and kept; printing onto the blank reads it.
 */
import type { z } from 'zod';
import type { CertificateLayoutBodySchema, CertificateLayoutSchema, UpdateCertificateLayoutBodySchema } from '../../../contract/decisions.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import { requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit } from '../units/units.repo.js';
import * as repo from './certificate-layouts.repo.js';

type LayoutBody = z.infer<typeof CertificateLayoutBodySchema>;
type UpdateLayoutBody = z.infer<typeof UpdateCertificateLayoutBodySchema>;
type Layout = z.infer<typeof CertificateLayoutSchema>;
type Fields = LayoutBody['fields'];

const FIELD_LABEL: Record<Fields[number]['field'], string> = {
  name: 'Họ tên',
  unit: 'Đơn vị',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signer: 'Người ký',
};

/** Each field once, and inside the page: a field off the blank would print on nothing. */
function checkFields(fields: Fields, pageWidthMm: number, pageHeightMm: number): void {
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const label = FIELD_LABEL[f.field];
    if (seen.has(f.field)) throw invalidField(`fields.${i}.field`, `Trường "${label}" được khai báo hai lần`);
    seen.add(f.field);
    if (f.xMm + f.widthMm > pageWidthMm) throw invalidField(`fields.${i}.widthMm`, `Trường "${label}" vượt quá mép phải của phôi (${pageWidthMm} mm)`);
    if (f.yMm > pageHeightMm) throw invalidField(`fields.${i}.yMm`, `Trường "${label}" nằm ngoài mép dưới của phôi (${pageHeightMm} mm)`);
  });
}

function present(r: repo.LayoutRow): Layout {
  return { id: r.id, unitId: r.unitId, name: r.name, pageWidthMm: r.pageWidthMm, pageHeightMm: r.pageHeightMm, fields: r.fields as Fields, version: r.version };
}

/** A layout the actor may see (out of scope → 404), with `permission` (→ 403). */
export async function loadLayout(ctx: ServiceContext, actor: Actor | null, id: string, permission: 'award:read' | 'decision:write' = 'award:read', lock = false): Promise<repo.LayoutRow> {
  const row = await repo.findLayout(ctx.db, id, lock);
  if (actor) requireUnitAccess(actor, permission, row?.unitPath ?? null, 'Phôi Giấy khen');
  else if (!row) throw new AppError('NOT_FOUND', 'Phôi Giấy khen không tồn tại');
  return row!;
}

/** The layouts of one unit, or of every unit the actor sees. */
export async function listLayouts(ctx: ServiceContext, actor: Actor, unitId: string | undefined): Promise<{ items: Layout[] }> {
  requirePermission(actor, 'award:read');
  let path = actor.scopePath;
  if (unitId) {
    const unit = await findUnit(ctx.db, unitId);
    requireUnitAccess(actor, 'award:read', unit?.path ?? null);
    path = unit!.path;
  }
  return { items: (await repo.listLayouts(ctx.db, { path, unitId })).map(present) };
}

export async function getLayout(ctx: ServiceContext, actor: Actor, id: string): Promise<Layout> {
  return present(await loadLayout(ctx, actor, id));
}

export async function createLayout(ctx: ServiceContext, actor: Actor | null, body: LayoutBody): Promise<Layout> {
  const id = await ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, body.unitId);
    if (actor) requireUnitAccess(actor, 'decision:write', unit?.path ?? null);
    else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
    checkFields(body.fields, body.pageWidthMm, body.pageHeightMm);
    const newId = await repo.insertLayout(tx, body);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'certificate_layout.create', entityType: 'certificate_layout', entityId: newId, after: body });
    return newId;
  });
  return present((await repo.findLayout(ctx.db, id))!);
}

export async function updateLayout(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateLayoutBody): Promise<Layout> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadLayout({ ...ctx, db: tx }, actor, id, 'decision:write', true);
    if (row.version !== body.version) throw staleVersion();
    const { version, ...changes } = body;
    const next = { ...present(row), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Layout;
    checkFields(next.fields, next.pageWidthMm, next.pageHeightMm);
    if (!(await repo.updateLayout(tx, id, version, { name: next.name, pageWidthMm: next.pageWidthMm, pageHeightMm: next.pageHeightMm, fields: next.fields }))) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'certificate_layout.update',
      entityType: 'certificate_layout',
      entityId: id,
      before: { name: row.name, pageWidthMm: row.pageWidthMm, pageHeightMm: row.pageHeightMm, fields: row.fields, version: row.version },
      after: body,
    });
  });
  return present((await repo.findLayout(ctx.db, id))!);
}

export async function deleteLayout(ctx: ServiceContext, actor: Actor | null, id: string, version: number | undefined): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadLayout({ ...ctx, db: tx }, actor, id, 'decision:write', true);
    if (version !== undefined && version !== row.version) throw staleVersion();
    await repo.deleteLayout(tx, id);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'certificate_layout.delete', entityType: 'certificate_layout', entityId: id, before: present(row) });
  });
}
