import { Card, Tabs } from 'antd';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { useCan, useSession } from '../session/useSession.js';
import { ScopeReportsTable } from './ScopeReportsTable.js';
import { UnitAssignmentsTable } from './UnitAssignmentsTable.js';
import { useReportListFilters, type ReportListTab } from './report-list-params.js';

/**
 * Báo cáo. A unit's reporter sees the assignments given to the unit and its report for each; whoever
 * reviews (or only reads) sees the reports of the units in scope. An officer who both reports and
 * reviews gets both, as tabs.
 */
export function ReportListPage() {
  const t = useT();
  const can = useCan();
  const { user } = useSession();
  const [filters, setFilters] = useReportListFilters();

  const unitTab = can('report:write');
  const scopeTab = can('report:review') || !unitTab;
  const unitView = (
    <UnitAssignmentsTable unitId={user.scopeUnitId} assignmentId={filters.assignmentId} onShowAll={() => setFilters({ assignmentId: undefined })} />
  );
  const scopeView = <ScopeReportsTable filters={filters} onChange={setFilters} />;

  const tab: ReportListTab = filters.tab ?? (scopeTab ? 'pham-vi' : 'don-vi');
  return (
    <>
      <PageHeader title={t('nav.reports')} />
      <Card size="small">
        {unitTab && scopeTab ? (
          <Tabs
            activeKey={tab}
            // The assignment filter means the same in both tabs; the status filter only exists in one.
            onChange={(key) => setFilters({ tab: key as ReportListTab, status: undefined })}
            items={[
              { key: 'pham-vi', label: t('report.tab.scope'), children: scopeView },
              { key: 'don-vi', label: t('report.tab.unit', { unit: user.scopeUnitName }), children: unitView },
            ]}
          />
        ) : unitTab ? (
          unitView
        ) : (
          scopeView
        )}
      </Card>
    </>
  );
}
