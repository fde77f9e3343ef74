import { describe, expect, it } from 'vitest';
import { type LineageLink, type PlacementUnit, ancestorsAt, effectiveUnit, lineageAt, parentAt } from './placement.js';

function makeUnit(id: string, over: Partial<PlacementUnit> = {}): PlacementUnit {
  return { id, parentLinks: [], currentParentId: null, closedOn: null, ...over };
}

function link(predecessorId: string, successorId: string, effectiveOn = '2025-07-01'): LineageLink {
  return { predecessorId, successorId, effectiveOn };
}

function mapOf(...units: PlacementUnit[]): Map<string, PlacementUnit> {
  return new Map(units.map((u) => [u.id, u]));
}

describe('effectiveUnit', () => {
  const merger = [link('A', 'N'), link('B', 'N')];

  it.each([
    ['2024-11-15', 'A'],
    ['2025-06-30', 'A'],
    ['2025-07-01', 'N'],
    ['2026-01-01', 'N'],
  ])('a merged commune at %s counts as %s', (asOf, expected) => {
    expect(effectiveUnit('A', asOf, merger)).toEqual({ unitId: expected, split: false });
  });

  it('leaves a unit without successors alone', () => {
    expect(effectiveUnit('X', '2026-01-01', merger)).toEqual({ unitId: 'X', split: false });
    expect(effectiveUnit('X', '2026-01-01', [])).toEqual({ unitId: 'X', split: false });
  });

  it('follows a chain only as far as asOf allows', () => {
    const chain = [link('A', 'B', '2020-01-01'), link('B', 'C', '2025-07-01')];
    expect(effectiveUnit('A', '2019-12-31', chain).unitId).toBe('A');
    expect(effectiveUnit('A', '2024-01-01', chain).unitId).toBe('B');
    expect(effectiveUnit('A', '2025-07-01', chain).unitId).toBe('C');
  });

  it('sends a split to the smallest successor id and says so', () => {
    const split = [link('A', 'S2'), link('A', 'S1'), link('A', 'S3')];
    expect(effectiveUnit('A', '2025-07-01', split)).toEqual({ unitId: 'S1', split: true });
    expect(effectiveUnit('A', '2025-06-30', split)).toEqual({ unitId: 'A', split: false });
  });

  it('does not call a duplicated lineage row a split', () => {
    expect(effectiveUnit('A', '2025-07-01', [link('A', 'N'), link('A', 'N')])).toEqual({ unitId: 'N', split: false });
  });

  it('remembers a split earlier in the chain', () => {
    const xs = [link('A', 'B1', '2020-01-01'), link('A', 'B2', '2020-01-01'), link('B1', 'C', '2025-07-01')];
    expect(effectiveUnit('A', '2025-07-01', xs)).toEqual({ unitId: 'C', split: true });
  });

  it.each([
    ['a self-link', [link('A', 'A')], 'A'],
    ['a two-unit cycle', [link('A', 'B'), link('B', 'A')], 'B'],
    ['a three-unit cycle', [link('A', 'B'), link('B', 'C'), link('C', 'A')], 'C'],
  ])('stops at %s instead of looping', (_label, lineage, expected) => {
    expect(effectiveUnit('A', '2025-07-01', lineage).unitId).toBe(expected);
  });
});

describe('parentAt', () => {
  const unit = makeUnit('A', {
    parentLinks: [
      { parentId: 'D', validFrom: null, validTo: '2025-07-01' },
      { parentId: 'P', validFrom: '2025-07-01', validTo: null },
    ],
    currentParentId: 'P',
  });

  it.each([
    ['1990-01-01', 'D'],
    ['2025-06-30', 'D'],
    ['2025-07-01', 'P'],
    ['2030-01-01', 'P'],
  ])('at %s the parent is %s (validTo exclusive)', (asOf, parent) => {
    expect(parentAt(unit, asOf)).toBe(parent);
  });

  it('falls back to the current parent when no link covers the date', () => {
    const u = makeUnit('A', { parentLinks: [{ parentId: 'D', validFrom: '2020-01-01', validTo: null }], currentParentId: 'Q' });
    expect(parentAt(u, '2019-12-31')).toBe('Q');
    expect(parentAt(makeUnit('R'), '2024-01-01')).toBeNull();
    expect(parentAt(undefined, '2024-01-01')).toBeNull();
  });

  it('resolves overlapping links to the one that started last, then the smaller id', () => {
    const u = makeUnit('A', {
      parentLinks: [
        { parentId: 'OLD', validFrom: null, validTo: null },
        { parentId: 'Z', validFrom: '2024-01-01', validTo: null },
        { parentId: 'Y', validFrom: '2024-01-01', validTo: null },
      ],
    });
    expect(parentAt(u, '2023-06-01')).toBe('OLD');
    expect(parentAt(u, '2024-06-01')).toBe('Y');
  });
});

describe('ancestorsAt', () => {
  // P (province) → D (district, closed 2025-07-01) → A, B (communes merged into N under P); C stays under D's successor data.
  const units = mapOf(
    makeUnit('P'),
    makeUnit('D', { parentLinks: [{ parentId: 'P', validFrom: null, validTo: null }], currentParentId: 'P', closedOn: '2025-07-01' }),
    makeUnit('A', { parentLinks: [{ parentId: 'D', validFrom: null, validTo: '2025-07-01' }], currentParentId: 'D', closedOn: '2025-07-01' }),
    makeUnit('N', { parentLinks: [{ parentId: 'P', validFrom: '2025-07-01', validTo: null }], currentParentId: 'P' }),
    // A commune whose data still names the abolished district: it counts under P after the date.
    makeUnit('C', { parentLinks: [{ parentId: 'D', validFrom: null, validTo: null }], currentParentId: 'D' }),
  );

  it('lists the chain from the root down to the unit', () => {
    expect(ancestorsAt('A', '2024-11-15', units)).toEqual(['P', 'D', 'A']);
    expect(ancestorsAt('N', '2025-07-01', units)).toEqual(['P', 'N']);
    expect(ancestorsAt('P', '2024-11-15', units)).toEqual(['P']);
  });

  it('passes through an ancestor closed at the date', () => {
    expect(ancestorsAt('C', '2025-06-30', units)).toEqual(['P', 'D', 'C']);
    expect(ancestorsAt('C', '2025-07-01', units)).toEqual(['P', 'C']);
  });

  it('keeps the unit itself even when it is closed', () => {
    // No link covers the date, so the current parent D is used, and D (closed) is passed through.
    expect(ancestorsAt('A', '2025-08-01', units)).toEqual(['P', 'A']);
  });

  it('uses the current parent when no link covers the date', () => {
    expect(ancestorsAt('N', '2024-01-01', units)).toEqual(['P', 'N']);
  });

  it('lists an unknown unit or an unknown parent and stops there', () => {
    expect(ancestorsAt('ghost', '2024-01-01', units)).toEqual(['ghost']);
    const orphan = mapOf(makeUnit('X', { currentParentId: 'missing' }));
    expect(ancestorsAt('X', '2024-01-01', orphan)).toEqual(['missing', 'X']);
  });

  it('stops at a cycle in the parent data', () => {
    const cyclic = mapOf(makeUnit('X', { currentParentId: 'Y' }), makeUnit('Y', { currentParentId: 'Z' }), makeUnit('Z', { currentParentId: 'X' }));
    expect(ancestorsAt('X', '2024-01-01', cyclic)).toEqual(['Z', 'Y', 'X']);
    expect(ancestorsAt('S', '2024-01-01', mapOf(makeUnit('S', { currentParentId: 'S' })))).toEqual(['S']);
  });
});

describe('lineageAt', () => {
  it('answers like effectiveUnit for every unit, from one index', () => {
    const lineage = [link('A', 'N'), link('B', 'N'), link('N', 'M', '2026-01-01'), link('C', 'S2'), link('C', 'S1')];
    for (const asOf of ['2025-06-30', '2025-07-01', '2026-01-01']) {
      const at = lineageAt(lineage, asOf);
      for (const id of ['A', 'B', 'C', 'N', 'X']) expect(at(id)).toEqual(effectiveUnit(id, asOf, lineage));
    }
    expect(lineageAt(lineage, '2026-01-01')('A')).toEqual({ unitId: 'M', split: false });
  });

  // Speed is measured by the benchmarks; here only that a province-sized lineage resolves right.
  it('resolves a province-sized lineage', () => {
    const lineage = Array.from({ length: 20_000 }, (_, i) => link(`old-${i}`, `new-${Math.floor(i / 3)}`));
    const at = lineageAt(lineage, '2025-07-01');
    for (let i = 0; i < 20_000; i += 1) expect(at(`old-${i}`).unitId).toBe(`new-${Math.floor(i / 3)}`);
    expect(at('old-7')).toEqual({ unitId: 'new-2', split: false });
  });
});
