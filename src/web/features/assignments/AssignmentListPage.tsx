import { Card, Flex, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { daysUntil, isAfterLock } from '../../../core/reporting/deadlines.js';
import { compareVietnamese, foldForSearch } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useAssignmentList, useMovementList } from './useAssignments.js';

const MOVEMENT_PARAM = 'phongTrao';
const SEARCH_PARAM = 'q';

function searchText(a: Assignment): string {
  return foldForSearch([a.title, a.documentNumber, a.documentSubject, a.movementName, a.period].filter(Boolean).join(' '));
}

/** Nhiệm vụ báo cáo: the report requests in the user's scope, by movement, searchable without diacritics. */
export function AssignmentListPage() {
  const t = useT();
  // Filters live in the URL, so coming back from an assignment shows the same list.
  const [params, setParams] = useSearchParams();
  const movementId = params.get(MOVEMENT_PARAM) ?? undefined;
  const q = params.get(SEARCH_PARAM) ?? '';
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const s = new URLSearchParams(current);
        if (value) s.set(key, value);
        else s.delete(key);
        return s;
      },
      { replace: true },
    );

  const list = useAssignmentList({ movementId });
  const movements = useMovementList();
  const now = new Date();

  const items = useMemo(() => {
    const needle = foldForSearch(q);
    const all = list.data?.items ?? [];
    return needle ? all.filter((a) => searchText(a).includes(needle)) : all;
  }, [list.data, q]);

  const columns: TableColumnsType<Assignment> = [
    {
      title: t('assignment.title'),
      key: 'title',
      sorter: (a, b) => compareVietnamese(a.title, b.title),
      render: (_, a) => <Link to={PATHS.assignment(a.id)}>{a.title}</Link>,
    },
    {
      title: t('assignment.document'),
      key: 'document',
      width: 170,
      render: (_, a) => <Link to={PATHS.document(a.documentId)}>{a.documentNumber ?? t('document.unnumbered')}</Link>,
    },
    { title: t('assignment.movement'), key: 'movement', width: 240, render: (_, a) => a.movementName ?? '' },
    { title: t('assignment.period'), key: 'period', width: 100, render: (_, a) => a.period },
    {
      title: t('assignment.dueOn'),
      key: 'dueOn',
      width: 120,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
      render: (_, a) => formatDateVi(a.dueOn),
    },
    { title: t('assignment.unitCount'), key: 'units', width: 90, align: 'right', render: (_, a) => a.units.length },
    {
      title: t('assignment.state'),
      key: 'tags',
      width: 200,
      render: (_, a) => {
        const left = daysUntil(a.dueOn, now);
        return (
          <Flex gap={4} wrap>
            {isAfterLock(a.lockOn, now) ? (
              <Tag>{t('assignment.tag.locked')}</Tag>
            ) : left < 0 ? (
              <Tag color="red">{t('assignment.tag.pastDue')}</Tag>
            ) : left <= (a.remindDaysBefore ?? 3) ? (
              <Tag color="orange">{t('assignment.tag.dueSoon', { days: left })}</Tag>
            ) : (
              <Tag color="blue">{t('assignment.tag.open')}</Tag>
            )}
            {a.canManage && <Tag color="purple">{t('assignment.tag.manager')}</Tag>}
          </Flex>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.assignments')} />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t('assignment.search')}
            placeholder={t('assignment.searchPlaceholder')}
            allowClear
            defaultValue={q}
            onChange={(e) => setParam(SEARCH_PARAM, e.target.value.trim() || undefined)}
            style={{ width: 420, maxWidth: '100%' }}
          />
          <Select
            aria-label={t('assignment.movement')}
            placeholder={t('assignment.allMovements')}
            allowClear
            loading={movements.isPending}
            showSearch={{ filterOption: filterOptionFolded }}
            value={movementId}
            onChange={(id: string | undefined) => setParam(MOVEMENT_PARAM, id)}
            options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            style={{ width: 360, maxWidth: '100%' }}
          />
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<Assignment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          pagination={{ defaultPageSize: 20, showSizeChanger: false, showTotal: (total) => t('assignment.count', { count: total }) }}
          locale={{ emptyText: t('assignment.none') }}
        />
      </Card>
    </>
  );
}
