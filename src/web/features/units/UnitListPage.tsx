import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { TransferButtons } from '../transfer/TransferButtons.js';
import { useCan, useSession } from '../session/useSession.js';
import { UnitFilters } from './UnitFilters.js';
import { UnitFormModal } from './UnitFormModal.js';
import { UnitTable } from './UnitTable.js';
import { UnitTree } from './UnitTree.js';
import { useUnitListFilters } from './useUnitListFilters.js';
import { unitKeys, useUnit, useUnitList } from './useUnits.js';

/** Đơn vị: the tree of the user's scope on the left, a searchable, filterable list on the right. */
export function UnitListPage() {
  const t = useT();
  const can = useCan();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useUnitListFilters();
  const [creating, setCreating] = useState(false);
  const under = useUnit(filters.under ?? undefined);
  const scope = useUnit(user.scopeUnitId);
  // A new unit goes under the unit chosen in the tree, else under the scope unit, if still active.
  const defaultParent = [under.data, scope.data].find((u) => u?.status === 'active');

  const list = useUnitList({
    q: filters.q || undefined,
    kind: filters.kinds.length ? filters.kinds : undefined,
    status: filters.status,
    ancestorId: filters.under ?? undefined,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('nav.units')}
        extra={
          <>
            {can('unit:write') && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('unit.add')}
              </Button>
            )}
            <TransferButtons
              basePath="/api/units"
              fileStem="don-vi"
              importTitle={t('import.titleUnits')}
              canImport={can('unit:write')}
              onImported={() => void queryClient.invalidateQueries({ queryKey: unitKeys.all })}
            />
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={6} xxl={5}>
          <Card title={t('unit.tree')} size="small">
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('unit.treeHint')}
            </Typography.Paragraph>
            <UnitTree rootId={user.scopeUnitId} selectedId={filters.under} onSelect={(id) => setFilters({ under: id })} />
          </Card>
        </Col>
        <Col xs={24} xl={18} xxl={19}>
          <Card title={t('unit.list')} size="small">
            <UnitFilters filters={filters} onChange={setFilters} underName={under.data?.name} />
            {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
            <UnitTable
              data={list.data}
              loading={list.isFetching}
              page={filters.page}
              pageSize={filters.pageSize}
              onPageChange={(page, pageSize) => setFilters({ page, pageSize })}
            />
          </Card>
        </Col>
      </Row>
      {creating && (
        <UnitFormModal
          open
          onClose={() => setCreating(false)}
          defaultParent={defaultParent ? { id: defaultParent.id, name: defaultParent.name } : undefined}
        />
      )}
    </>
  );
}
