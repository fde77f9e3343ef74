import { Button, Card, Flex, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { useCan } from '../session/useSession.js';
import { kindLabel, levelLabel, periodText } from './format.js';
import { MovementFormModal } from './MovementFormModal.js';
import { useMovementList, type MovementSummary } from './useMovements.js';

/** Phong trào thi đua the user sees: launched in their scope, by a level above, or addressing their unit. */
export function MovementListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  // Filters live in the URL, so coming back from a movement shows the same list.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const year = Number(params.get('year')) || undefined;
  const [creating, setCreating] = useState(false);

  const setFilter = (key: 'q' | 'year', value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const [text, setText] = useState(q);
  const debounced = useDebouncedValue(text.trim(), 350);
  useEffect(() => {
    if (debounced !== q) setFilter('q', debounced);
    // Only when the settled input changes.
  }, [debounced]);

  const list = useMovementList({ q: q || undefined, year });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  const columns: TableColumnsType<MovementSummary> = [
    { title: t('movement.name'), key: 'name', render: (_, m) => <Link to={PATHS.movement(m.id)}>{m.name}</Link> },
    { title: t('movement.kind'), key: 'kind', width: 130, render: (_, m) => <Tag>{kindLabel(t, m.kind)}</Tag> },
    { title: t('movement.owner'), key: 'owner', width: 220, render: (_, m) => m.ownerUnitName },
    { title: t('movement.level'), key: 'level', width: 100, render: (_, m) => levelLabel(t, m.level) },
    { title: t('movement.period'), key: 'period', width: 210, render: (_, m) => periodText(t, m.startsOn, m.endsOn) },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.movements')}
        extra={
          can('movement:write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('movement.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t('movement.search')}
            placeholder={t('movement.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => setFilter('q', value.trim())}
            style={{ width: 420, maxWidth: '100%' }}
          />
          <Select<number>
            aria-label={t('movement.filter.year')}
            placeholder={t('movement.filter.year')}
            allowClear
            value={year}
            onChange={(y) => setFilter('year', y)}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 180 }}
          />
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<MovementSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('movement.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => t('movement.total', { count: total }) }}
        />
      </Card>
      {creating && <MovementFormModal open onClose={() => setCreating(false)} onSaved={(m) => void navigate(PATHS.movement(m.id))} />}
    </>
  );
}
