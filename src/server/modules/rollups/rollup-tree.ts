/** The shape of the roll-up table: placement chains merged into one tree, in display order. */

export interface TreeNode {
  id: string;
  parentId: string | null;
  depth: number;
}

/**
 * The placement chains (root first) as one tree in display order: cut at the deepest unit every
 * chain passes through (the district of its communes, or the province when several districts
 * report), then depth-first with siblings in Vietnamese order. Chains with no common unit give
 * several roots.
 */
export function treeOf(chains: string[][], sortKeyOf: (id: string) => string): TreeNode[] {
  if (chains.length === 0) return [];
  let common = chains[0]!.length;
  for (const chain of chains) {
    let i = 0;
    while (i < common && i < chain.length && chain[i] === chains[0]![i]) i++;
    common = i;
  }
  const start = Math.max(0, common - 1);
  const children = new Map<string | null, Set<string>>();
  const parentOf = new Map<string, string | null>();
  for (const chain of chains) {
    const cut = chain.slice(start);
    cut.forEach((id, i) => {
      const parent = i === 0 ? null : cut[i - 1]!;
      if (parentOf.has(id)) return;
      parentOf.set(id, parent);
      const siblings = children.get(parent) ?? new Set<string>();
      siblings.add(id);
      children.set(parent, siblings);
    });
  }
  const out: TreeNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    const ids = [...(children.get(parent) ?? [])].sort((a, b) => compareKeys(sortKeyOf(a), sortKeyOf(b)) || compareKeys(a, b));
    for (const id of ids) {
      out.push({ id, parentId: parent, depth });
      visit(id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

// Sort keys compare byte-wise, like `collate "C"` in the database.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
