import { Table, Tag } from 'antd';
import type { Group } from '../../../contract/groups.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useGroupList } from '../groups/useGroups.js';

/** The clusters and blocks this unit belongs to, by year, with its role in each. */
export function UnitGroupsTab({ unitId }: { unitId: string }) {
  const t = useT();
  const list = useGroupList({ memberUnitId: unitId });
  const roleOf = (g: Group) =>
    g.headUnitId === unitId ? t(`group.head.${g.kind}`) : g.deputyUnitId === unitId ? t(`group.deputy.${g.kind}`) : t('group.member');
  const rows = [...(list.data?.items ?? [])].sort((a, b) => b.year - a.year);
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Group>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('group.year'), dataIndex: 'year', width: 90 },
          { title: t('group.name'), dataIndex: 'name' },
          {
            title: t('group.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (kind: Group['kind']) => <Tag color={kind === 'cluster' ? 'volcano' : 'blue'}>{t(`groupKind.short.${kind}`)}</Tag>,
          },
          { title: t('group.organiser'), dataIndex: 'organiserName' },
          { title: t('unit.groupRole'), key: 'role', render: (_, g) => roleOf(g) },
        ]}
      />
    </>
  );
}
