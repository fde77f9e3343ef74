import { Breadcrumb, Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { AwardHistoryView } from '../award-history/AwardHistoryView.js';
import { useCan } from '../session/useSession.js';
import { UnitChildrenTab } from './UnitChildrenTab.js';
import { UnitCloseModal } from './UnitCloseModal.js';
import { UnitDescriptions } from './UnitDescriptions.js';
import { UnitFormModal } from './UnitFormModal.js';
import { UnitGroupsTab } from './UnitGroupsTab.js';
import { UnitLineageTab } from './UnitLineageTab.js';
import { UnitPeopleTab } from './UnitPeopleTab.js';
import { IllustrativeTag, UnitStatusTag } from './UnitStatusTag.js';
import { useUnit, useUnitPath } from './useUnits.js';

/** One unit: breadcrumb, facts, and tabs for its subordinate units, people, groups and history. */
export function UnitDetailPage() {
  const { id = '' } = useParams();
  // A new id is a new page: tabs and paging start afresh.
  return <UnitDetail key={id} id={id} />;
}

function UnitDetail({ id }: { id: string }) {
  const t = useT();
  const can = useCan();
  const unit = useUnit(id);
  const path = useUnitPath(id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);

  if (unit.isPending) return <PageSpin />;
  if (unit.isError) {
    return (
      <>
        <Link to={PATHS.units}>{t('common.back')}</Link>
        <QueryError error={unit.error} onRetry={() => void unit.refetch()} />
      </>
    );
  }
  const u = unit.data;
  const ancestors = (path.data ?? []).filter((p) => p.id !== u.id);

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[
        { key: 'units', title: <Link to={PATHS.units}>{t('nav.units')}</Link> },
        ...ancestors.map((p) => ({ key: p.id, title: <Link to={PATHS.unit(p.id)}>{p.name}</Link> })),
        { key: u.id, title: u.name },
      ]}
    />
  );

  const tabs = [
    { key: 'children', label: t('unit.tab.children'), children: <UnitChildrenTab unitId={u.id} /> },
    ...(can('person:read') ? [{ key: 'people', label: t('unit.tab.people'), children: <UnitPeopleTab unitId={u.id} /> }] : []),
    ...(can('group:read') ? [{ key: 'groups', label: t('unit.tab.groups'), children: <UnitGroupsTab unitId={u.id} /> }] : []),
    { key: 'lineage', label: t('unit.tab.lineage'), children: <UnitLineageTab unitId={u.id} /> },
    ...(can('award:read') ? [{ key: 'awards', label: t('history.unitTab'), children: <AwardHistoryView kind="collective" id={u.id} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={u.name}
        tags={
          <>
            <UnitStatusTag unit={u} />
            {u.illustrative && <IllustrativeTag />}
          </>
        }
        extra={
          can('unit:write') && (
            <>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              {u.status === 'active' && (
                <Button danger onClick={() => setClosing(true)}>
                  {t('unit.close')}
                </Button>
              )}
            </>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <UnitDescriptions unit={u} />
      </Card>
      <Card size="small">
        <Tabs defaultActiveKey="children" items={tabs} />
      </Card>
      {editing && <UnitFormModal open unit={u} onClose={() => setEditing(false)} />}
      {closing && <UnitCloseModal open unit={u} onClose={() => setClosing(false)} />}
    </>
  );
}
