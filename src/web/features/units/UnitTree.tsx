import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Empty, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useState, type Key } from 'react';
import type { Unit } from '../../../contract/units.js';
import { QueryError } from '../../components/QueryError.js';
import { PageSpin } from '../../components/PageSpin.js';
import { useT } from '../../i18n/useT.js';
import { unitChildrenQuery, useUnit } from './useUnits.js';

function UnitTreeTitle({ unit }: { unit: Unit }) {
  const t = useT();
  if (unit.status === 'active') return <span>{unit.name}</span>;
  return (
    <span>
      <Typography.Text type="secondary">{unit.name}</Typography.Text>{' '}
      <Tag style={{ fontSize: 11, lineHeight: '16px' }}>{t('unit.status.closed')}</Tag>
    </span>
  );
}

/**
 * The hierarchy under the user's scope unit, loaded level by level as nodes open.
 * Closed units stay in the tree (greyed) so the history before a merger can be browsed.
 */
export function UnitTree({ rootId, selectedId, onSelect }: { rootId: string; selectedId: string | null; onSelect: (id: string | null) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const root = useUnit(rootId);
  const [loadedParents, setLoadedParents] = useState<string[]>([]);
  // Loaded levels are ordinary queries: after an edit, invalidating ['units'] refreshes the tree too.
  const levels = useQueries({ queries: loadedParents.map((id) => unitChildrenQuery(id)) });
  const childrenOf = new Map<string, Unit[]>();
  loadedParents.forEach((id, i) => {
    const items = levels[i]?.data?.items;
    if (items) childrenOf.set(id, items);
  });

  if (root.isPending) return <PageSpin />;
  if (root.isError) return <QueryError error={root.error} onRetry={() => void root.refetch()} />;

  // childCount counts active children only: a closed district still has its closed communes, so a
  // node is a leaf only once its children have been loaded and there are none.
  const toNode = (unit: Unit): TreeDataNode => {
    const children = childrenOf.get(unit.id);
    return {
      key: unit.id,
      title: <UnitTreeTitle unit={unit} />,
      isLeaf: children !== undefined && children.length === 0,
      children: children?.map(toNode),
    };
  };

  const loadData = async (node: { key: Key }) => {
    const id = String(node.key);
    await queryClient.fetchQuery(unitChildrenQuery(id));
    setLoadedParents((ids) => (ids.includes(id) ? ids : [...ids, id]));
  };

  if (!root.data) return <Empty />;
  return (
    <Tree
      aria-label={t('unit.tree')}
      blockNode
      showLine
      height={560}
      treeData={[toNode(root.data)]}
      loadData={loadData}
      defaultExpandedKeys={[rootId]}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
    />
  );
}
