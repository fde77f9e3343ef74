import { describe, expect, it } from 'vitest';
import { treeOf } from './rollup-tree.js';

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
