/**
 * Where a unit's figures count at a date. The hierarchy is data with history: parent links are
 * valid over date ranges, and the July 2025 mergers closed units and named their successors
 * (lineage). Figures of a closed unit count under its successors from the closing date on;
 * before that date they count under the unit's own parents of the time.
 * All dates are ISO calendar dates, compared as text (same length, so calendar order).
 */

export interface PlacementUnit {
  id: string;
  /** validFrom inclusive, validTo exclusive (the first day the link no longer holds); null = open. */
  parentLinks: { parentId: string; validFrom: string | null; validTo: string | null }[];
  currentParentId: string | null;
  /** First day the unit no longer exists (the effective date of its merger or dissolution). */
  closedOn: string | null;
}

/** Đơn vị tiền thân → đơn vị kế thừa, từ ngày hiệu lực. */
export interface LineageLink {
  predecessorId: string;
  successorId: string;
  effectiveOn: string;
}

/**
 * The unit whose figures absorb `unitId`'s at `asOf`: follow successors whose effectiveOn <= asOf
 * (a chain A→B→C follows through; a split (several successors) goes to the successor with the
 * smallest id for determinism and is reported via `split: true`); guard against cycles.
 */
export function effectiveUnit(unitId: string, asOf: string, lineage: readonly LineageLink[]): { unitId: string; split: boolean } {
  return lineageAt(lineage, asOf)(unitId);
}

/**
 * `effectiveUnit` for many units: the successor index is built once (a province has thousands
 * of reporting units and as many lineage rows).
 */
export function lineageAt(lineage: readonly LineageLink[], asOf: string): (unitId: string) => { unitId: string; split: boolean } {
  const successors = new Map<string, string[]>();
  for (const link of lineage) {
    if (link.effectiveOn > asOf) continue;
    const list = successors.get(link.predecessorId) ?? [];
    if (!list.includes(link.successorId)) list.push(link.successorId);
    successors.set(link.predecessorId, list);
  }
  for (const list of successors.values()) list.sort(compareIds);
  return (unitId) => {
    let current = unitId;
    let split = false;
    const seen = new Set([current]);
    for (;;) {
      const next = successors.get(current) ?? [];
      const first = next[0];
      // A cycle in lineage data (A→B→A) is an error upstream; stop where it closes rather than loop.
      if (first === undefined || seen.has(first)) return { unitId: current, split };
      if (next.length > 1) split = true;
      seen.add(first);
      current = first;
    }
  };
}

/**
 * Ancestor chain from the root down to the unit itself at `asOf`, using the parent link valid on
 * that date (validFrom <= asOf and (validTo null or asOf < validTo)); if no link is valid use
 * currentParentId; guard cycles.
 * An ancestor already closed at `asOf` is passed through, not listed: with the districts gone
 * from 01/07/2025, a commune whose data still names its old district counts under the province.
 * A parent missing from `units` ends the chain (it is listed: the link names it).
 */
export function ancestorsAt(unitId: string, asOf: string, units: ReadonlyMap<string, PlacementUnit>): string[] {
  const chain = [unitId];
  const seen = new Set(chain);
  let parentId = parentAt(units.get(unitId), asOf);
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = units.get(parentId);
    if (parent === undefined) {
      chain.push(parentId);
      break;
    }
    if (!isClosedAt(parent, asOf)) chain.push(parentId);
    parentId = parentAt(parent, asOf);
  }
  return chain.reverse();
}

/** The parent on `asOf`. Overlapping links (a data error) resolve to the one that started last. */
export function parentAt(unit: PlacementUnit | undefined, asOf: string): string | null {
  if (unit === undefined) return null;
  let best: PlacementUnit['parentLinks'][number] | null = null;
  for (const link of unit.parentLinks) {
    const valid = (link.validFrom === null || link.validFrom <= asOf) && (link.validTo === null || asOf < link.validTo);
    if (!valid) continue;
    if (best === null || (link.validFrom ?? '') > (best.validFrom ?? '') || ((link.validFrom ?? '') === (best.validFrom ?? '') && link.parentId < best.parentId)) {
      best = link;
    }
  }
  return best ? best.parentId : unit.currentParentId;
}

/** Closed on or before `asOf` (closedOn is the first day without the unit). */
export function isClosedAt(unit: PlacementUnit, asOf: string): boolean {
  return unit.closedOn !== null && unit.closedOn <= asOf;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
