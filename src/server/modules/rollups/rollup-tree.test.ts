import { describe, expect, it } from 'vitest';
import { treeOf, viewOf } from './rollup-tree.js';

// Sort keys: the id in reverse alphabetical order, so the display order is not the input order.
const key = (id: string) => String.fromCharCode(200 - id.charCodeAt(id.length - 1));
const shape = (chains: string[][]) => treeOf(chains, key).map((n) => `${'  '.repeat(n.depth)}${n.id}<${n.parentId ?? ''}`);

describe('treeOf', () => {
  it('starts at the deepest unit every chain passes through', () => {
    expect(shape([
      ['P', 'D1', 'C1'],
      ['P', 'D1', 'C2'],
    ])).toEqual(['D1<', '  C2<D1', '  C1<D1']);
  });

  it('keeps the province when several districts report, siblings in sort-key order', () => {
    expect(shape([
      ['P', 'D1', 'C1'],
      ['P', 'D2', 'C3'],
      ['P', 'D1', 'C2'],
      ['P', 'S'],
    ])).toEqual(['P<', '  S<P', '  D2<P', '    C3<D2', '  D1<P', '    C2<D1', '    C1<D1']);
  });

  it('lists a unit that is itself on another unit’s chain once', () => {
    expect(shape([
      ['P', 'D1'],
      ['P', 'D1', 'C1'],
    ])).toEqual(['D1<', '  C1<D1']);
  });

  it('gives one chain its own unit as the root, and unrelated chains several roots', () => {
    expect(shape([['P', 'D1', 'C1']])).toEqual(['C1<']);
    expect(shape([
      ['P1', 'C1'],
      ['P2', 'C2'],
    ])).toEqual(['P2<', '  C2<P2', 'P1<', '  C1<P1']);
    expect(treeOf([], key)).toEqual([]);
  });
});

describe('viewOf', () => {
  // A country: two provinces, the first with three communes (one with a village below), the second with one.
  const tree = treeOf(
    [
      ['VN', 'P1', 'C1'],
      ['VN', 'P1', 'C2', 'V1'],
      ['VN', 'P1', 'C3'],
      ['VN', 'P2', 'C4'],
    ],
    (id) => id,
  );
  const ids = (v: ReturnType<typeof viewOf>) => v!.nodes.map((n) => n.id);

  it('shows the whole tree unless asked for less', () => {
    expect(ids(viewOf(tree))).toEqual(['VN', 'P1', 'C1', 'C2', 'V1', 'C3', 'P2', 'C4']);
    expect(viewOf(tree)!.childCount.get('P1')).toBe(3);
  });

  it('keeps whole levels that fit in maxRows, never less than the top and its children', () => {
    expect(ids(viewOf(tree, { maxRows: 7 }))).toEqual(['VN', 'P1', 'C1', 'C2', 'C3', 'P2', 'C4']);
    expect(ids(viewOf(tree, { maxRows: 6 }))).toEqual(['VN', 'P1', 'P2']);
    expect(ids(viewOf(tree, { maxRows: 1 }))).toEqual(['VN', 'P1', 'P2']);
  });

  it('opens one unit: it, what lies below, and the way back up', () => {
    const v = viewOf(tree, { focusId: 'P1', maxRows: 4 });
    expect(ids(v)).toEqual(['P1', 'C1', 'C2', 'C3']);
    expect(v!.path).toEqual(['VN']);
    expect(viewOf(tree, { focusId: 'C2' })!.path).toEqual(['VN', 'P1']);
    expect(viewOf(tree, { focusId: 'X' })).toBeNull();
  });
});
