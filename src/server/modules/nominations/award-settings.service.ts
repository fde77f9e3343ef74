/**
 * Quy định khen thưởng of a level — for now the cap many provincial quy chế put on CSTĐCS as a
 * share of a unit's LĐTT titles (old NĐ 91/2017 Art 9(3) said 15 %; the 2022 law sets none,
 * domain.md §1.3 [!]) — and the check that submitting nominations makes against it.
 */
import type { AwardSettings, UpdateAwardSettingsBody } from '../../../contract/nominations.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './award-settings.repo.js';
import * as nominationsRepo from './nominations.repo.js';

async function requireUnit(db: Db, actor: Actor | null, unitId: string, permission: 'award:read' | 'nomination:review') {
  const unit = await nominationsRepo.findUnitRef(db, unitId);
  if (actor) requireUnitAccess(actor, permission, unit?.path ?? null);
  if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
  return unit;
}

/** What applies to a unit: the deepest level on its path that set a cap. */
async function effective(db: Db, unit: nominationsRepo.UnitRef): Promise<AwardSettings> {
  const rows = await repo.settingsAlongPath(db, unit.path);
  const own = rows.find((r) => r.unitId === unit.id) ?? null;
  const applying = rows.find((r) => r.cstdcsPercentOfLdtt !== null) ?? null;
  return {
    unitId: unit.id,
    cstdcsPercentOfLdtt: applying?.cstdcsPercentOfLdtt ?? null,
    note: applying?.note ?? null,
    setBy: applying ? { unitId: applying.unitId, unitName: applying.unitName } : null,
    version: own?.version ?? null,
  };
}

export async function getAwardSettings(ctx: ServiceContext, actor: Actor | null, unitId: string): Promise<AwardSettings> {
  const unit = await requireUnit(ctx.db, actor, unitId, 'award:read');
  return effective(ctx.db, unit);
}

/** Sets (or clears, with null) the unit's own cap; its subtree follows it unless a lower level sets another. */
export async function updateAwardSettings(ctx: ServiceContext, actor: Actor | null, unitId: string, body: UpdateAwardSettingsBody): Promise<AwardSettings> {
  await ctx.db.transaction(async (tx) => {
    const unit = await requireUnit(tx, actor, unitId, 'nomination:review');
    const own = await repo.findOwnSettings(tx, unit.id);
    const values = { cstdcsPercentOfLdtt: body.cstdcsPercentOfLdtt, note: body.note };
    if (own === null) {
      if (body.version !== null) throw staleVersion();
      await repo.insertSettings(tx, { unitId: unit.id, ...values });
    } else {
      if (body.version !== own.version || !(await repo.updateSettings(tx, unit.id, own.version, values))) throw staleVersion();
    }
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'award_settings.update',
      entityType: 'org_unit',
      entityId: unit.id,
      before: own ? { cstdcsPercentOfLdtt: own.cstdcsPercentOfLdtt, note: own.note } : null,
      after: values,
    });
  });
  return getAwardSettings(ctx, null, unitId);
}

/**
 * A unit may send at most ⌊cap × LĐTT / 100⌋ CSTĐCS nominations for a year — rounded down, so
 * the share is never exceeded: 15 % of 10 LĐTT allows 1.
 */
export async function checkCstdcsCap(tx: Db, unit: nominationsRepo.UnitRef, year: number, adding: number): Promise<void> {
  const settings = await effective(tx, unit);
  if (settings.cstdcsPercentOfLdtt === null || settings.setBy === null) return;
  const ldtt = await repo.countLdtt(tx, unit.path, year);
  const allowed = Math.floor((ldtt * settings.cstdcsPercentOfLdtt) / 100);
  const sent = await nominationsRepo.countLive(tx, unit.id, year, 'CSTDCS');
  if (sent + adding > allowed) {
    throw new AppError(
      'CONFLICT',
      `Vượt tỷ lệ Chiến sĩ thi đua cơ sở theo quy định của ${settings.setBy.unitName}: không quá ${settings.cstdcsPercentOfLdtt}% số cá nhân đạt Lao động tiên tiến năm ${year}. ` +
        `${unit.name} có ${ldtt} Lao động tiên tiến nên được đề nghị tối đa ${allowed}; đã gửi ${sent}, gửi thêm ${adding} thành ${sent + adding}`,
      undefined,
      { unitId: unit.id, year, percent: settings.cstdcsPercentOfLdtt, ldtt, allowed, sent, adding },
    );
  }
}
