/**
 * Ứng viên: the exemplary collectives and individuals that units named in their accepted
 * reports, offered as starting points for nominations of the same year.
 */
import { z } from 'zod';
import type { NominationCandidateSchema } from '../../../contract/nominations.js';
import { compareVietnamese, foldForSearch } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import * as repo from './nominations.repo.js';

type NominationCandidate = z.infer<typeof NominationCandidateSchema>;

/**
 * The year a report covers: a year written in its period ("2024", "6 tháng đầu năm 2024",
 * "Quý I/2024"), else the year of its due date (the assignments module's own default).
 */
export function periodYear(period: string, dueOn: string): number {
  const years = period.match(/\b(19|20)\d{2}\b/g);
  return Number(years?.at(-1) ?? dueOn.slice(0, 4));
}

// jsonb written by the reports module through its contract; read defensively all the same.
const ExemplaryEntry = z.object({
  kind: z.enum(['person', 'collective']).catch('collective'),
  name: z.string(),
  position: z.string().nullable().catch(null),
  achievement: z.string().catch(''),
});
function exemplaryOf(value: unknown) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) => {
    const parsed = ExemplaryEntry.safeParse(e);
    return parsed.success && parsed.data.name.trim() ? [parsed.data] : [];
  });
}

/** Candidates of a unit and its subtree for a year, matched to people where the name is unique in the unit. */
export async function listCandidates(ctx: ServiceContext, actor: Actor | null, q: { unitId: string; year: number }): Promise<{ items: NominationCandidate[] }> {
  const unit = await repo.findUnitRef(ctx.db, q.unitId);
  if (actor) requireUnitAccess(actor, 'award:read', unit?.path ?? null);
  if (!unit) return { items: [] };
  const reports = (await repo.listAcceptedReports(ctx.db, unit.path))
    .filter((r) => periodYear(r.period, r.dueOn) === q.year)
    .sort((a, b) => (a.unitSortKey < b.unitSortKey ? -1 : a.unitSortKey > b.unitSortKey ? 1 : compareVietnamese(a.assignmentTitle, b.assignmentTitle)));
  const people = await repo.listPeopleOfUnits(ctx.db, [...new Set(reports.map((r) => r.unitId))]);
  const nominated = await repo.listNomineesOfYear(ctx.db, unit.path, q.year);
  const nominatedPeople = new Set(nominated.flatMap((n) => (n.personId ? [n.personId] : [])));
  const nominatedNames = new Set(nominated.map((n) => `${n.personId ? 'person' : 'collective'}|${foldForSearch(n.nomineeName)}`));

  const items = reports.flatMap((r) =>
    exemplaryOf(r.exemplary).map((e): NominationCandidate => {
      const folded = foldForSearch(e.name);
      const matches = e.kind === 'person' ? people.filter((p) => p.unitId === r.unitId && p.folded === folded) : [];
      const personId = matches.length === 1 ? matches[0]!.id : null;
      return {
        reportId: r.id,
        assignmentTitle: r.assignmentTitle,
        unitId: r.unitId,
        unitName: r.unitName,
        kind: e.kind,
        name: e.name,
        position: e.position,
        achievement: e.achievement,
        personId,
        nominated: (personId !== null && nominatedPeople.has(personId)) || nominatedNames.has(`${e.kind}|${folded}`),
      };
    }),
  );
  return { items };
}
