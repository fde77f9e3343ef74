import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../../contract/people.js';
import type { Page } from '../../api/types.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { PersonAwardHistoryDrawer } from '../award-history/PersonAwardHistoryDrawer.js';
import { useCan } from '../session/useSession.js';

interface PeopleTableProps {
  data: Page<Person> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit?: (person: Person) => void;
  showUnit?: boolean;
}

/** People in the server's Vietnamese order (by given name), paginated on the server. */
export function PeopleTable({ data, loading, page, pageSize, onPageChange, onEdit, showUnit = true }: PeopleTableProps) {
  const t = useT();
  const can = useCan();
  const [historyOf, setHistoryOf] = useState<Person | null>(null);
  const showHistory = can('award:read');
  const columns: TableColumnsType<Person> = [
    {
      title: t('person.fullName'),
      key: 'fullName',
      render: (_, p) => (
        <>
          {p.fullName}
          {p.illustrative && (
            <>
              {' '}
              <Tag color="purple">{t('common.fictitious')}</Tag>
            </>
          )}
        </>
      ),
    },
    { title: t('person.gender'), dataIndex: 'gender', key: 'gender', width: 110, render: (g: Person['gender']) => (g ? t(`gender.${g}`) : '') },
    { title: t('person.birthYear'), dataIndex: 'birthYear', key: 'birthYear', width: 110 },
    ...(showUnit
      ? [{ title: t('person.unit'), key: 'unit', render: (_: unknown, p: Person) => <Link to={PATHS.unit(p.unitId)}>{p.unitName}</Link> }]
      : []),
    { title: t('person.position'), dataIndex: 'position', key: 'position' },
    ...(onEdit || showHistory
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: showHistory ? 240 : 100,
            render: (_: unknown, p: Person) => (
              <Flex gap={4}>
                {onEdit && (
                  <Button size="small" onClick={() => onEdit(p)} aria-label={`${t('common.edit')} ${p.fullName}`}>
                    {t('common.edit')}
                  </Button>
                )}
                {showHistory && (
                  <Button size="small" onClick={() => setHistoryOf(p)} aria-label={t('history.openFor', { name: p.fullName })}>
                    {t('history.open')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        scroll={{ x: 760 }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('person.total', { count: total }),
          onChange: onPageChange,
        }}
      />
      {historyOf && <PersonAwardHistoryDrawer person={historyOf} onClose={() => setHistoryOf(null)} />}
    </>
  );
}
