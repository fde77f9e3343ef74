/** Tổng hợp đăng ký thi đua: where every unit of a movement's scope stands for a year, and the titles aimed for. */
import type { Registration, RegistrationStatus, RegistrationSummary } from '../../../contract/reporting.js';
import { RegistrationStatusSchema } from '../../../contract/reporting.js';
import { todayInVietnam } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { canSee, type Actor } from '../../http/actor.js';
import { loadMovement } from '../movements/movements-access.js';
import { listScopeMembers } from '../movements/movements.repo.js';
import * as repo from './registrations.repo.js';

// Titles count once a unit has sent them; drafts and returned ones may still change.
const COUNTED: readonly RegistrationStatus[] = ['pending', 'approved'];

/**
 * One row per unit of the movement's scope (scope units and members of scope groups, once each),
 * `not_sent` where the unit has no registration. The launching side sees every unit; anyone
 * else sees the units of their own scope.
 */
export async function registrationSummary(ctx: ServiceContext, actor: Actor | null, movementId: string, year?: number): Promise<RegistrationSummary> {
  const movement = await loadMovement(ctx, actor, movementId);
  const forYear = year ?? Number(todayInVietnam(ctx.now()).slice(0, 4));
  const seesAll = !actor || canSee(actor, movement.ownerPath);
  const members = (await listScopeMembers(ctx.db, movementId)).filter((m) => seesAll || canSee(actor!, m.unitPath));
  const byUnit = new Map((await repo.listForMovementYear(ctx.db, movementId, forYear)).map((r) => [r.unitId, r]));

  const rows = members.map((m) => {
    const r = byUnit.get(m.unitId);
    return {
      unitId: m.unitId,
      unitName: m.unitName,
      status: (r?.status ?? 'not_sent') as RegistrationStatus,
      registrationId: r?.id ?? null,
      commitmentCount: r ? (r.commitments as unknown[]).length : 0,
      titleCount: r ? (r.titles as unknown[]).length : 0,
      submittedAt: r?.submittedAt ? new Date(r.submittedAt).toISOString() : null,
    };
  });

  const byStatus = Object.fromEntries(RegistrationStatusSchema.options.map((s) => [s, 0])) as Record<RegistrationStatus, number>;
  for (const row of rows) byStatus[row.status] += 1;

  // The same award typed with other case or spacing is one award, written with single spaces and a capital.
  const titles = new Map<string, { award: string; collective: number; person: number }>();
  for (const row of rows) {
    const r = byUnit.get(row.unitId);
    if (!r || !COUNTED.includes(row.status)) continue;
    for (const aim of r.titles as Registration['titles']) {
      const spaced = aim.award.normalize('NFC').replace(/\s+/g, ' ').trim();
      const key = spaced.toLowerCase();
      const entry = titles.get(key) ?? { award: spaced.charAt(0).toUpperCase() + spaced.slice(1), collective: 0, person: 0 };
      entry[aim.nomineeKind] += 1;
      titles.set(key, entry);
    }
  }

  return {
    movementId,
    year: forYear,
    expected: rows.length,
    byStatus,
    titles: [...titles.values()].sort((a, b) => compareVietnamese(a.award, b.award)),
    rows,
  };
}
