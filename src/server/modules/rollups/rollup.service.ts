/**
 * Bảng tổng hợp số liệu of an assignment, computed live from the reports each time it is asked
 * for (no batch, no stored totals): placed in the hierarchy of the chosen date, so figures of a
 * commune merged in 2025 count under its successor from the merger on, and under its old
 * district before.
 */
import { ReportTemplateSchema, type Indicator, type Rollup, type RollupCell, type RollupQuery } from '../../../contract/reporting.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import { computeRollup, rollupGroup, type ReportedValue, type RollupCell as CoreCell, type RollupIndicator } from '../../../core/reporting/compute-rollup.js';
import { ancestorsAt, effectiveUnit, type LineageLink, type PlacementUnit } from '../../../core/reporting/placement.js';
import { levelOfUnitKind, targetLabel, type TargetLevel } from '../../../core/reporting/targets.js';
import { isoInstant } from '../../db/instants.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import type { AssignmentRow } from '../assignments/assignments.repo.js';
import { presentIndicator } from '../movements/movements.service.js';
import { groupsOf, pickReports } from './board.service.js';
import { assignmentYear, loadTrackedAssignment } from './rollups-access.js';
import { treeOf, viewOf } from './rollup-tree.js';
import { invalidField } from '../../service-errors.js';
import * as repo from './rollups.repo.js';

export interface RollupOptions {
  includeSubmitted: boolean;
  asOf?: string;
  /** Open one unit of the tree: it and what lies below (default: the whole tree). */
  unitId?: string | undefined;
  /** Only the whole levels that fit (see viewOf); default: every level. */
  maxRows?: number | undefined;
  /** The groups' totals and their members' figures (default: yes). */
  groups?: boolean;
}

export interface GroupDetail {
  groupId: string;
  groupName: string;
  cells: RollupCell[];
  /** Each member's own figures (target of its own level), in Vietnamese order. */
  members: { unitId: string; unitName: string; cells: RollupCell[] }[];
}

export interface RollupData {
  rollup: Rollup;
  groupDetails: GroupDetail[];
  /** The reports whose figures count, by unit. */
  included: Map<string, repo.ReportRow>;
  /** Every figure of the included reports (template indicators and their denominators). */
  values: ReportedValue[];
  units: repo.PlacementData['units'];
}

/** The roll-up of an assignment for the issuing side or a leader reading it. */
export async function getRollup(ctx: ServiceContext, actor: Actor | null, id: string, query: RollupQuery): Promise<Rollup> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  return (await buildRollup(ctx, row, query)).rollup;
}

/** The template's indicators in template order (an indicator deleted since is left out). */
export async function templateIndicators(ctx: ServiceContext, row: AssignmentRow): Promise<Indicator[]> {
  const template = ReportTemplateSchema.parse(row.template ?? {});
  const byId = new Map((await repo.listIndicatorsByIds(ctx.db, template.indicatorIds)).map((r) => [r.id, presentIndicator(r)]));
  return template.indicatorIds.flatMap((id) => byId.get(id) ?? []);
}

/** Computes the roll-up and what the exports need besides; access has been checked by the caller. */
export async function buildRollup(ctx: ServiceContext, row: AssignmentRow, options: RollupOptions): Promise<RollupData> {
  const asOf = options.asOf ?? todayInVietnam(ctx.now());
  const [indicators, assigned, reports] = await Promise.all([templateIndicators(ctx, row), repo.listAssignedUnits(ctx.db, row.id), repo.listReports(ctx.db, row.id)]);
  // A report counts with its current values when accepted (or submitted, on request); one
  // reopened after acceptance still counts with the values the organiser accepted.
  const current = (r: repo.ReportRow) => r.status === 'accepted' || (options.includeSubmitted && r.status === 'submitted');
  const included = new Map([...pickReports(reports, row.period)].filter(([, r]) => current(r) || r.acceptedAt !== null));
  const reportedAt = (r: repo.ReportRow) => isoInstant(current(r) && r.status !== 'accepted' ? r.submittedAt : (r.acceptedAt ?? r.submittedAt)) ?? '';
  const memberships = await repo.listGroupMemberships(
    ctx.db,
    assigned.map((u) => u.id),
    assignmentYear(row),
  );
  const placed = [...new Set([...assigned.map((u) => u.id), ...included.keys()])];
  const placement = await repo.loadPlacement(ctx.db, [...placed, ...memberships.map((m) => m.unitId)]);
  const units = new Map<string, PlacementUnit & { kind: string }>(
    [...placement.units.values()].map((u) => [u.id, { id: u.id, kind: u.kind, parentLinks: u.parentLinks, currentParentId: u.parentId, closedOn: u.closedOn }]),
  );
  const lineage: LineageLink[] = placement.lineage.map(({ predecessorId, successorId, effectiveOn }) => ({ predecessorId, successorId, effectiveOn }));

  const chains = new Map(placed.map((id) => [id, ancestorsAt(effectiveUnit(id, asOf, lineage).unitId, asOf, units)]));
  const tree = treeOf([...chains.values()], (id) => placement.units.get(id)?.sortKey ?? '');
  const view = viewOf(tree, { focusId: options.unitId, maxRows: options.maxRows });
  if (!view) throw invalidField('unitId', 'Đơn vị không có trong bảng tổng hợp của nhiệm vụ này');
  // With a unit open, only the figures of the units below it are read: a province's table costs a province.
  const inView = (unitId: string) => options.unitId === undefined || (chains.get(unitId)?.includes(options.unitId) ?? false);

  const reportUnit = new Map([...included.values()].filter((r) => inView(r.unitId)).map((r) => [r.id, r]));
  const [currentFigures, acceptedFigures] = await Promise.all([
    repo.listNumericFigures(ctx.db, [...reportUnit.values()].filter(current).map((r) => r.id), false),
    repo.listNumericFigures(ctx.db, [...reportUnit.values()].filter((r) => !current(r)).map((r) => r.id), true),
  ]);
  const values: ReportedValue[] = [];
  for (const figures of [...currentFigures, ...acceptedFigures]) {
    const report = reportUnit.get(figures.reportId)!;
    const at = reportedAt(report);
    figures.indicatorIds.forEach((indicatorId, i) => {
      const value = figures.values[i]!;
      values.push({ reportUnitId: report.unitId, indicatorId, value: Number.isFinite(value) ? value : null, at });
    });
  }

  const rollupIndicators = indicators.map(toRollupIndicator);
  // Cells are computed for the rows shown only: a country's table opens on its provinces.
  const computed = computeRollup({ asOf, indicators: rollupIndicators, values, units, lineage, nodes: view.nodes.map((n) => n.id) });
  const cellsOf = (byIndicator: Map<string, CoreCell> | undefined): RollupCell[] =>
    indicators.map((indicator) => toContractCell(indicator, byIndicator?.get(indicator.id)));
  const nameOf = (id: string) => placement.units.get(id)?.name ?? '';
  const kindOf = (id: string) => placement.units.get(id)?.kind ?? 'other';

  // Each group and member reads only its members' figures (a scan of every figure per group is quadratic).
  const valuesByUnit = new Map<string, ReportedValue[]>();
  for (const v of values) {
    const own = valuesByUnit.get(v.reportUnitId) ?? [];
    own.push(v);
    valuesByUnit.set(v.reportUnitId, own);
  }
  const groupDetails = groupsOf(options.groups === false ? [] : memberships)
    .filter((g) => [...g.memberIds].every(inView))
    .map((g): GroupDetail => {
    const members = [...g.memberIds].sort((a, b) => compareKeys(placement.units.get(a)?.sortKey ?? '', placement.units.get(b)?.sortKey ?? ''));
    return {
      groupId: g.groupId,
      groupName: g.groupName,
      cells: cellsOf(rollupGroup(members, rollupIndicators, members.flatMap((m) => valuesByUnit.get(m) ?? []), commonLevel(members.map(kindOf)))),
      members: members.map((unitId) => ({
        unitId,
        unitName: nameOf(unitId),
        cells: cellsOf(rollupGroup([unitId], rollupIndicators, valuesByUnit.get(unitId) ?? [], levelOfUnitKind(kindOf(unitId)))),
      })),
    };
  });

  const dataAsOf = [...included.values()].map(reportedAt).filter(Boolean).sort().at(-1) ?? null;
  const rollup: Rollup = {
    assignmentId: row.id,
    asOf,
    includeSubmitted: options.includeSubmitted,
    dataAsOf,
    generatedAt: ctx.now().toISOString(),
    indicators,
    rows: view.nodes.map((n) => ({
      unitId: n.id,
      unitName: nameOf(n.id),
      unitKind: kindOf(n.id),
      depth: n.depth,
      parentId: n.parentId,
      reporting: included.has(n.id),
      childCount: view.childCount.get(n.id) ?? 0,
      cells: cellsOf(computed.byNode.get(n.id)),
    })),
    path: view.path.map((unitId) => ({ unitId, unitName: nameOf(unitId) })),
    groups: groupDetails.map(({ groupId, groupName, cells }) => ({ groupId, groupName, cells })),
    notes: mergerNotes([...included.keys()], asOf, placement, lineage, computed.splits),
  };
  return { rollup, groupDetails, included, values, units: placement.units };
}

/**
 * The whole assignment's figure per indicator: the root row of the tree. Units with nothing in
 * common (several roots) are totalled over every reporting unit, against no target.
 */
export function totalCells(data: RollupData): RollupCell[] {
  const { rollup, included, values } = data;
  const roots = rollup.rows.filter((r) => r.depth === 0);
  if (roots.length === 1) return roots[0]!.cells;
  const cells = rollupGroup([...included.keys()], rollup.indicators.map(toRollupIndicator), values);
  return rollup.indicators.map((i) => ({ ...toContractCell(i, cells.get(i.id)), target: null, targetLabel: null, meets: null, ratio: null }));
}

function toRollupIndicator(i: Indicator): RollupIndicator {
  return { id: i.id, code: i.code, rule: i.rule, denominatorIndicatorId: i.denominatorIndicatorId, direction: i.direction, targets: i.targets };
}

function toContractCell(indicator: Indicator, cell: CoreCell | undefined): RollupCell {
  if (!cell) return { indicatorId: indicator.id, value: null, count: 0, target: null, targetLabel: null, meets: null, ratio: null };
  return {
    indicatorId: indicator.id,
    value: cell.value,
    count: cell.count,
    target: cell.target,
    targetLabel: cell.target ? targetLabel(cell.target, indicator.unitOfMeasure) : null,
    meets: cell.meets,
    ratio: cell.ratio,
  };
}

const EVENT_VERBS: Record<string, string> = { merge: 'sáp nhập', split: 'chia tách', rename: 'đổi tên', transfer: 'chuyển giao' };

/** "Số liệu của Xã Mường Báng (đã sáp nhập từ 01/07/2025) được tính vào Xã Tủa Chùa". */
function mergerNotes(reportUnitIds: string[], asOf: string, placement: repo.PlacementData, lineage: LineageLink[], splits: string[]): string[] {
  const name = (id: string) => placement.units.get(id)?.name ?? '';
  const notes: { key: string; text: string }[] = [];
  for (const unitId of reportUnitIds) {
    const effective = effectiveUnit(unitId, asOf, lineage);
    if (effective.unitId === unitId) continue;
    const first = placement.lineage
      .filter((l) => l.predecessorId === unitId && l.effectiveOn <= asOf)
      .sort((a, b) => compareKeys(a.effectiveOn, b.effectiveOn) || compareKeys(a.successorId, b.successorId))[0];
    const verb = EVENT_VERBS[first?.event ?? 'merge'] ?? 'sáp nhập';
    let text = `Số liệu của ${name(unitId)} (đã ${verb} từ ${formatDateVi(first?.effectiveOn ?? asOf)}) được tính vào ${name(effective.unitId)}`;
    if (splits.includes(unitId)) text += '; đơn vị được chia cho nhiều đơn vị kế thừa, cần kiểm tra cách phân bổ số liệu';
    notes.push({ key: placement.units.get(unitId)?.sortKey ?? '', text });
  }
  return notes.sort((a, b) => compareKeys(a.key, b.key)).map((n) => n.text);
}

/** A group of communes is judged against the commune target; a mixed group against the one for every level. */
function commonLevel(kinds: string[]): TargetLevel {
  const levels = new Set(kinds.map(levelOfUnitKind));
  return levels.size === 1 ? [...levels][0]! : 'all';
}

// Sort keys compare byte-wise, like `collate "C"` in the database.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
