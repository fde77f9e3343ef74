import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Unit } from '../../../contract/units.js';
import type { Page } from '../../api/types.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { IllustrativeTag, UnitStatusTag } from './UnitStatusTag.js';

export interface UnitTableProps {
  data: Page<Unit> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  showParent?: boolean;
  caption?: string;
}

/** Units in the server's Vietnamese order, paginated on the server; each name links to its detail page. */
export function UnitTable({ data, loading, page, pageSize, onPageChange, showParent = true, caption }: UnitTableProps) {
  const t = useT();
  const columns: TableColumnsType<Unit> = [
    { title: t('unit.code'), dataIndex: 'code', key: 'code', width: 180, render: (code: string) => <Typography.Text code style={{ fontSize: 12 }}>{code}</Typography.Text> },
    {
      title: t('unit.name'),
      key: 'name',
      render: (_, unit) => (
        <>
          <Link to={PATHS.unit(unit.id)}>{unit.name}</Link>
          {unit.illustrative && (
            <>
              {' '}
              <IllustrativeTag />
            </>
          )}
        </>
      ),
    },
    { title: t('unit.kind'), dataIndex: 'kind', key: 'kind', width: 140, render: (kind: Unit['kind']) => t(`unitKind.${kind}`) },
    ...(showParent ? [{ title: t('unit.parent'), dataIndex: 'parentName', key: 'parent', render: (name: string | null) => name ?? '' }] : []),
    { title: t('unit.status'), key: 'status', width: 140, render: (_, unit) => <UnitStatusTag unit={unit} /> },
  ];
  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      title={caption ? () => caption : undefined}
      scroll={{ x: 780 }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t('unit.total', { count: total }),
        onChange: onPageChange,
      }}
    />
  );
}
