import { Button, Col, Empty, Flex, Row, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Group, GroupKind } from '../../../contract/groups.js';
import { todayInVietnam } from '../../../core/dates.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan, useSession } from '../session/useSession.js';
import { GroupCard } from './GroupCard.js';
import { GroupFormModal } from './GroupFormModal.js';
import { useGroupList } from './useGroups.js';

type KindFilter = GroupKind | 'all';

/**
 * Cụm, khối thi đua of one year. The year list is derived from the groups that exist (plus the
 * current year), and the default is the current year when it has groups, else the latest one.
 */
export function GroupListPage() {
  const t = useT();
  const can = useCan();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const currentYear = Number(todayInVietnam().slice(0, 4));

  const all = useGroupList({});
  const years = [...new Set([currentYear, ...(all.data?.items ?? []).map((g) => g.year)])].sort((a, b) => b - a);
  const existing = new Set((all.data?.items ?? []).map((g) => g.year));
  const defaultYear = existing.has(currentYear) || existing.size === 0 ? currentYear : Math.max(...existing);
  const year = Number(params.get('year')) || defaultYear;
  const kindParam = params.get('kind');
  const kind: KindFilter = kindParam === 'cluster' || kindParam === 'block' ? kindParam : 'all';

  const list = useGroupList({ year, kind: kind === 'all' ? undefined : kind }, { enabled: all.isSuccess });

  const setFilter = (patch: { year?: number; kind?: KindFilter }) => {
    const next = new URLSearchParams(params);
    if (patch.year !== undefined) next.set('year', String(patch.year));
    if (patch.kind !== undefined) {
      if (patch.kind === 'all') next.delete('kind');
      else next.set('kind', patch.kind);
    }
    setParams(next, { replace: true });
  };

  // Blocks first, then clusters, each in the server's Vietnamese order.
  const groups = [...(list.data?.items ?? [])].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'block' ? -1 : 1));

  return (
    <>
      <PageHeader
        title={t('nav.groups')}
        extra={
          can('group:write') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('group.add')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label={t('group.filter.year')}
          value={year}
          onChange={(y) => setFilter({ year: y })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
        <Select<KindFilter>
          aria-label={t('group.filter.kind')}
          value={kind}
          onChange={(k) => setFilter({ kind: k })}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'cluster', label: t('groupKind.cluster') },
            { value: 'block', label: t('groupKind.block') },
          ]}
          style={{ width: 180 }}
        />
      </Flex>
      {all.isError && <QueryError error={all.error} onRetry={() => void all.refetch()} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {all.isPending || (all.isSuccess && list.isPending) ? (
        <PageSpin />
      ) : groups.length === 0 ? (
        <Empty description={t('group.empty', { year })} />
      ) : (
        <Row gutter={[16, 16]}>
          {groups.map((g) => (
            <Col key={g.id} xs={24} lg={12} xxl={8}>
              <GroupCard group={g} canWrite={can('group:write')} onEdit={setEditing} />
            </Col>
          ))}
        </Row>
      )}
      {editing && (
        <GroupFormModal
          open
          onClose={() => setEditing(null)}
          group={editing === 'new' ? undefined : editing}
          defaultYear={year}
          defaultOrganiser={{ id: user.scopeUnitId, name: user.scopeUnitName }}
        />
      )}
    </>
  );
}
