/**
 * Chỉ tiêu khen thưởng a level gives its direct subordinate units per year (e.g. at most three
 * CSTĐCS for a commune); submitting nominations checks them.
 */
import type { z } from 'zod';
import type { AwardCode } from '../../../contract/awards.js';
import type { AwardQuotaSchema, ReplaceAwardQuotasBody } from '../../../contract/nominations.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { requireUsableAward } from '../awards/local-awards.service.js';
import { compareVietnamese } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './nominations.repo.js';

type AwardQuota = z.infer<typeof AwardQuotaSchema>;

async function requireUnit(db: Db, actor: Actor | null, unitId: string): Promise<repo.UnitRef> {
  const unit = await repo.findUnitRef(db, unitId);
  if (actor) requireUnitAccess(actor, 'nomination:review', unit?.path ?? null);
  if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
  return unit;
}

async function present(db: Db, unitId: string, year: number): Promise<{ items: AwardQuota[] }> {
  const rows = await repo.listChildQuotas(db, unitId, year);
  const items: AwardQuota[] = [];
  for (const r of rows.sort((a, b) => (a.unitSortKey < b.unitSortKey ? -1 : a.unitSortKey > b.unitSortKey ? 1 : compareVietnamese(a.awardCode, b.awardCode)))) {
    const award = findAward(r.awardCode as AwardCode);
    items.push({ unitId: r.unitId, unitName: r.unitName, awardCode: award.code, awardName: award.name, maxCount: r.maxCount, used: await repo.countLive(db, r.unitId, year, r.awardCode) });
  }
  return { items };
}

/** The quotas of a unit's direct subordinates for a year, with how many nominations each has sent. */
export async function listAwardQuotas(ctx: ServiceContext, actor: Actor | null, q: { unitId: string; year: number }): Promise<{ items: AwardQuota[] }> {
  await requireUnit(ctx.db, actor, q.unitId);
  return present(ctx.db, q.unitId, q.year);
}

/** Replaces every quota of the unit's direct subordinates for the year with the list given. */
export async function replaceAwardQuotas(ctx: ServiceContext, actor: Actor | null, q: { unitId: string; year: number }, body: ReplaceAwardQuotasBody): Promise<{ items: AwardQuota[] }> {
  await ctx.db.transaction(async (tx) => {
    const unit = await requireUnit(tx, actor, q.unitId);
    const children = await repo.listChildIds(tx, unit.id);
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      if (!children.includes(item.unitId)) throw invalidField(`items.${i}.unitId`, `Đơn vị không trực thuộc ${unit.name}`);
      requireUsableAward(item.awardCode, unit.path, `items.${i}.awardCode`);
      const key = `${item.unitId}|${item.awardCode}`;
      if (seen.has(key)) throw invalidField(`items.${i}.awardCode`, `Chỉ tiêu “${findAward(item.awardCode).name}” của đơn vị này đã có ở dòng trên`);
      seen.add(key);
    });
    const before = await repo.listChildQuotas(tx, unit.id, q.year);
    await repo.replaceQuotas(tx, children, q.year, body.items);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'award_quota.replace',
      entityType: 'org_unit',
      entityId: unit.id,
      before: { year: q.year, items: before.map(({ unitId, awardCode, maxCount }) => ({ unitId, awardCode, maxCount })) },
      after: { year: q.year, items: body.items },
    });
  });
  return present(ctx.db, q.unitId, q.year);
}
