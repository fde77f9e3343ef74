import { Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Council } from '../../../contract/councils.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { attendanceSummary } from './council-format.js';
import { CouncilFormModal } from './CouncilFormModal.js';
import { CouncilMembersCard } from './CouncilMembersCard.js';
import { SessionFormModal } from './SessionFormModal.js';
import { sessionListPath } from './session-paths.js';
import { SessionsTable } from './SessionsTable.js';
import { ThresholdsCard } from './ThresholdsCard.js';
import { useCouncil } from './useCouncils.js';

/** One council: its members, the voting rule of each award, and its sessions. */
export function CouncilPage() {
  const { id = '' } = useParams();
  const t = useT();
  const council = useCouncil(id);
  if (council.isPending) return <PageSpin />;
  if (council.isError) {
    return (
      <>
        <Link to={PATHS.councils}>{t('common.back')}</Link>
        <QueryError error={council.error} onRetry={() => void council.refetch()} />
      </>
    );
  }
  // A new version (after any save) starts the editors afresh.
  return <CouncilView key={`${council.data.id}-${council.data.version}`} council={council.data} />;
}

function CouncilView({ council }: { council: Council }) {
  const t = useT();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [planning, setPlanning] = useState(false);
  const active = council.members.filter((m) => m.active).length;
  const quorum = attendanceSummary(active, active, council.quorumNumerator, council.quorumDenominator);

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.councils}>{t('nav.councils')}</Link>}
        title={council.name}
        extra={
          <>
            <Button onClick={() => void navigate(sessionListPath(council.id))}>{t('council.sessions')}</Button>
            {council.canManage && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
            {council.canManage && (
              <Button type="primary" onClick={() => setPlanning(true)}>
                {t('meeting.create')}
              </Button>
            )}
          </>
        }
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'unit', label: t('council.unit'), children: <Link to={PATHS.unit(council.unitId)}>{council.unitName}</Link> },
          { key: 'members', label: t('council.activeMembers'), children: active },
          {
            key: 'quorum',
            label: t('council.quorum'),
            children: `${t('council.quorumRatio', { n: council.quorumNumerator, d: council.quorumDenominator })} · ${t('council.quorumNeeds', { required: quorum.required, total: active })}`,
          },
        ]}
      />
      <CouncilMembersCard council={council} />
      <ThresholdsCard council={council} />
      <Card size="small" title={t('council.sessions')} style={{ marginBottom: 16 }}>
        <SessionsTable params={{ councilId: council.id }} showCouncil={false} />
      </Card>
      {editing && <CouncilFormModal council={council} onClose={() => setEditing(false)} />}
      {planning && <SessionFormModal council={council} onClose={() => setPlanning(false)} onSaved={(s) => void navigate(PATHS.councilSession(s.id))} />}
    </>
  );
}
