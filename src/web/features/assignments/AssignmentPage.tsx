import { Alert, Breadcrumb, Card, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { AssignmentDescriptions } from './AssignmentDescriptions.js';
import { AssignmentExports } from './AssignmentExports.js';
import { BoardTab } from './BoardTab.js';
import { DashboardTab } from './DashboardTab.js';
import { RemindersTab } from './RemindersTab.js';
import { RollupTab } from './RollupTab.js';
import { TemplateTab } from './TemplateTab.js';
import { useAssignment } from './useAssignments.js';

/** The ?tab= values (Vietnamese slugs, like the paths). */
export const ASSIGNMENT_TABS = {
  dashboard: 'tong-quan',
  board: 'theo-doi',
  rollup: 'tong-hop',
  template: 'mau-bao-cao',
  reminders: 'nhac-han',
} as const;
const TAB_PARAM = 'tab';

/** Một nhiệm vụ báo cáo: the organiser's and leaders' view — overview, tracking, roll-up, template, reminders. */
export function AssignmentPage() {
  const { id = '' } = useParams();
  return <AssignmentView key={id} id={id} />;
}

function AssignmentView({ id }: { id: string }) {
  const t = useT();
  const assignment = useAssignment(id);

  if (assignment.isPending) return <PageSpin />;
  if (assignment.isError) {
    return (
      <>
        <Link to={PATHS.assignments}>{t('common.back')}</Link>
        <QueryError error={assignment.error} onRetry={() => void assignment.refetch()} />
      </>
    );
  }
  return <AssignmentContent assignment={assignment.data} />;
}

function AssignmentContent({ assignment: a }: { assignment: Assignment }) {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  // The assignment itself is visible to the units it was given to, but tracking only to the issuing
  // side and its leaders (canTrack).
  const trackingDenied = !a.canTrack;

  const tabs = [
    { key: ASSIGNMENT_TABS.dashboard, label: t('assignment.tab.dashboard'), children: <DashboardTab assignment={a} /> },
    { key: ASSIGNMENT_TABS.board, label: t('assignment.tab.board'), children: <BoardTab assignment={a} /> },
    { key: ASSIGNMENT_TABS.rollup, label: t('assignment.tab.rollup'), children: <RollupTab assignment={a} /> },
    ...(a.canManage
      ? [
          { key: ASSIGNMENT_TABS.template, label: t('assignment.tab.template'), children: <TemplateTab assignment={a} /> },
          { key: ASSIGNMENT_TABS.reminders, label: t('assignment.tab.reminders'), children: <RemindersTab assignmentId={a.id} /> },
        ]
      : []),
  ];
  const requested = search.get(TAB_PARAM);
  const active = tabs.some((tab) => tab.key === requested) ? requested! : ASSIGNMENT_TABS.dashboard;

  const selectTab = (key: string) =>
    setSearch(
      (current) => {
        const s = new URLSearchParams(current);
        if (key === ASSIGNMENT_TABS.dashboard) s.delete(TAB_PARAM);
        else s.set(TAB_PARAM, key);
        return s;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ key: 'list', title: <Link to={PATHS.assignments}>{t('nav.assignments')}</Link> }, { key: a.id, title: a.period || a.title }]}
          />
        }
        title={a.title}
        extra={!trackingDenied && <AssignmentExports assignment={a} />}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <AssignmentDescriptions assignment={a} />
      </Card>
      {trackingDenied ? (
        <Alert
          type="info"
          showIcon
          title={t('assignment.trackingDenied')}
          description={<Link to={PATHS.reports}>{t('assignment.openReports')}</Link>}
        />
      ) : (
        <Card size="small">
          {/* Panes render when first opened, so each tab loads its data only when looked at. */}
          <Tabs activeKey={active} onChange={selectTab} items={tabs} />
        </Card>
      )}
    </>
  );
}
