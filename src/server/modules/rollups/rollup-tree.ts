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

export interface TreeView {
  /** The rows to show, in display order: the open unit (or the roots) and what lies below it, as deep as fits. */
  nodes: TreeNode[];
  /** Children of every node in the whole tree, shown or not: a row with children not shown can be opened. */
  childCount: Map<string, number>;
  /** The open unit's ancestors in the tree, root first (empty at the roots). */
  path: string[];
}

/**
 * The part of the tree a screen shows: below `focusId` (default: the whole tree), and with
 * `maxRows`, only as many whole levels as fit (at least the open unit and its children), so a
 * country's roll-up opens on its provinces and a province on its communes.
 */
export function viewOf(tree: readonly TreeNode[], options: { focusId?: string | undefined; maxRows?: number | undefined } = {}): TreeView | null {
  const childCount = new Map<string, number>();
  for (const n of tree) if (n.parentId !== null) childCount.set(n.parentId, (childCount.get(n.parentId) ?? 0) + 1);
  let scope: TreeNode[] = [...tree];
  const path: string[] = [];
  if (options.focusId !== undefined) {
    const start = tree.findIndex((n) => n.id === options.focusId);
    if (start < 0) return null;
    const focus = tree[start]!;
    let end = start + 1;
    while (end < tree.length && tree[end]!.depth > focus.depth) end++;
    scope = tree.slice(start, end);
    const parentOf = new Map(tree.map((n) => [n.id, n.parentId]));
    for (let p = focus.parentId; p !== null; p = parentOf.get(p) ?? null) path.unshift(p);
  }
  if (options.maxRows !== undefined && scope.length > options.maxRows) {
    const top = Math.min(...scope.map((n) => n.depth));
    const perDepth = new Map<number, number>();
    for (const n of scope) perDepth.set(n.depth, (perDepth.get(n.depth) ?? 0) + 1);
    let deepest = top + 1;
    let rows = (perDepth.get(top) ?? 0) + (perDepth.get(top + 1) ?? 0);
    while (perDepth.has(deepest + 1) && rows + perDepth.get(deepest + 1)! <= options.maxRows) rows += perDepth.get(++deepest)!;
    scope = scope.filter((n) => n.depth <= deepest);
  }
  return { nodes: scope, childCount, path };
}

// Sort keys compare byte-wise, like `collate "C"` in the database.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
