/**
 * Báo cáo thống kê thi đua, khen thưởng (Circular 02/2023/TT-BNV, biểu 0601.N – 0605.N): counted
 * from the data of one unit's subtree for one year and laid out as the forms, in XLSX.
 */
import { AWARD_CATALOGUE, findAward, isKnownAward } from '../../../core/awards/catalogue.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';
import type { ServiceContext } from '../../context.js';
import { type Actor, requireUnitAccess } from '../../http/actor.js';
import { CONTENT_TYPES } from '../../render/tabular.js';
import { buildXlsx, type SheetModel } from '../../render/xlsx.js';
import { type FormHeading, formSheet } from './form-sheet.js';
import * as repo from './statistics.repo.js';
import { type AwardItem, FORM_0601, FORM_0603, FORM_0604, FORM_0605, type OrganisationItem, type Tt02Form, form0602 } from './tt02-forms.js';

export interface StatisticsFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A province reports to the ministry; every other unit to the unit above it. */
const MINISTRY = 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)';

/** One form of Circular 02/2023 for a unit's subtree and a year, as an XLSX file. */
export async function exportTt02Form(ctx: ServiceContext, actor: Actor, form: Tt02Form, query: { unitId: string; year: number }): Promise<StatisticsFile> {
  const unit = await repo.findReportingUnit(ctx.db, query.unitId);
  requireUnitAccess(actor, 'award:read', unit?.path ?? null);
  if (!unit) throw new Error('unreachable: requireUnitAccess refuses a missing unit');
  const heading: FormHeading = { reportingUnit: unit.name, receivingUnit: unit.parentName ?? MINISTRY, year: query.year };
  const sheet = await formOf(ctx, form, unit.path, query.year, heading);
  return {
    name: `Biểu ${form}.N - ${unit.name} - năm ${query.year}.xlsx`.replace(/[\\/:*?"<>|]+/g, ' '),
    contentType: CONTENT_TYPES.xlsx,
    bytes: await buildXlsx([sheet]),
  };
}

async function formOf(ctx: ServiceContext, form: Tt02Form, path: string, year: number, heading: FormHeading): Promise<SheetModel> {
  switch (form) {
    case '0601': {
      const rows = await repo.listMovementsOfYear(ctx.db, path, year);
      const items = rows.map((m) => ({ kind: m.kind, ownerLevel: levelOfUnitKind(m.ownerKind), inGroup: Boolean(m.inGroup), startsOn: m.startsOn, endsOn: m.endsOn }));
      return formSheet(FORM_0601, items, heading);
    }
    case '0602':
      return formSheet(form0602(AWARD_CATALOGUE), await awardItems(ctx, path, year, 'national'), heading);
    case '0603':
      return formSheet(FORM_0603, await awardItems(ctx, path, year, 'province'), heading);
    case '0604':
      return formSheet(FORM_0604, await organisationItems(ctx, path), heading);
    case '0605': {
      const officers = await repo.listOfficers(ctx.db, path);
      const items = officers.map((o) => ({ level: levelOfUnitKind(o.unitKind), gender: o.gender, age: o.birthYear === null ? null : year - o.birthYear }));
      return formSheet(FORM_0605, items, heading);
    }
  }
}

async function awardItems(ctx: ServiceContext, path: string, year: number, level: 'national' | 'province'): Promise<AwardItem[]> {
  const rows = await repo.listAwardRecordsOfYear(ctx.db, path, year);
  return rows
    // A level's own entries are placed by their level and category like the law's.
    .filter((r) => isKnownAward(r.awardCode))
    .map((r) => ({ award: findAward(r.awardCode), subject: r.personId ? ('person' as const) : ('collective' as const), unitKind: r.unitKind, awardKind: r.awardKind }))
    .filter((i) => i.award.level === level);
}

async function organisationItems(ctx: ServiceContext, path: string): Promise<OrganisationItem[]> {
  const [members, officers] = await Promise.all([repo.listCouncilMembers(ctx.db, path), repo.listOfficers(ctx.db, path)]);
  const items: OrganisationItem[] = [];
  const councils = new Set<string>();
  for (const m of members) {
    const level = levelOfUnitKind(m.unitKind);
    if (!councils.has(m.councilId)) {
      councils.add(m.councilId);
      items.push({ type: 'council', level });
    }
    if (m.memberId !== null && m.role !== null) items.push({ type: 'member', level, role: m.role });
  }
  const officerUnits = new Map(officers.map((o) => [o.unitId, o.unitKind]));
  for (const kind of officerUnits.values()) items.push({ type: 'officer_unit', level: levelOfUnitKind(kind) });
  return items;
}
