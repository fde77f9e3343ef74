import { App, Button, Descriptions } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Covenant } from '../../../contract/covenants.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { ConsolidationCard } from './ConsolidationCard.js';
import { CovenantEditModal } from './CovenantEditModal.js';
import { stepFor, type CovenantStep } from './covenant-model.js';
import { CovenantStatusTag, GroupKindTag, points, useCovenantError } from './covenant-parts.js';
import { CriteriaCard } from './CriteriaCard.js';
import { MembersCard } from './MembersCard.js';
import { RankingCard } from './RankingCard.js';
import { ScoreSheetCard } from './ScoreSheetCard.js';
import { useCovenant, useCovenantStep } from './useCovenants.js';
import { VoteCard } from './VoteCard.js';

/** One giao ước: draft (the table is written) → scoring (sign, self-score) → review (consolidate, adjust) → closed. */
export function CovenantPage() {
  const { id = '' } = useParams();
  const t = useT();
  const covenant = useCovenant(id);
  if (covenant.isPending) return <PageSpin />;
  if (covenant.isError) {
    return (
      <>
        <Link to={PATHS.covenants}>{t('common.back')}</Link>
        <QueryError error={covenant.error} onRetry={() => void covenant.refetch()} />
      </>
    );
  }
  return <CovenantView covenant={covenant.data} />;
}

const STEP_KEYS = {
  open: { label: 'covenant.step.open', confirm: 'covenant.step.openConfirm' },
  'close-scoring': { label: 'covenant.step.closeScoring', confirm: 'covenant.step.closeScoringConfirm' },
  close: { label: 'covenant.step.close', confirm: 'covenant.step.closeConfirm' },
} as const satisfies Record<CovenantStep, { label: string; confirm: string }>;

function CovenantView({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const covenantError = useCovenantError();
  const stepMutation = useCovenantStep(c.id);
  const [editing, setEditing] = useState(false);
  const step = stepFor(c);
  const headName = c.members.find((m) => m.unitId === c.headUnitId)?.unitName ?? '';
  const closedScoring = c.status === 'review' || c.status === 'closed';

  const confirmStep = (s: CovenantStep) =>
    modal.confirm({
      title: t(STEP_KEYS[s].label),
      content: t(STEP_KEYS[s].confirm),
      okText: t(STEP_KEYS[s].label),
      okButtonProps: s === 'open' ? undefined : { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        stepMutation.mutateAsync({ step: s, version: c.version }).then(
          (saved) => void message.success(t('covenant.step.done', { status: t(`covenant.status.${saved.status}`) })),
          (e: unknown) => covenantError(e),
        ),
    });

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={`${PATHS.covenants}?year=${c.year}`}>{t('nav.covenants')}</Link>}
        title={c.title}
        tags={
          <>
            <GroupKindTag kind={c.groupKind} />
            <CovenantStatusTag status={c.status} />
          </>
        }
        extra={
          <>
            {c.canManage && (c.status === 'draft' || c.status === 'scoring') && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
            {step && (
              <Button type="primary" danger={step !== 'open'} loading={stepMutation.isPending} onClick={() => confirmStep(step)}>
                {t(STEP_KEYS[step].label)}
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
          { key: 'group', label: t('covenant.col.group'), children: c.groupName },
          { key: 'year', label: t('covenant.col.year'), children: c.year },
          { key: 'organiser', label: t('covenant.organiser'), children: <Link to={PATHS.unit(c.organiserUnitId)}>{c.organiserName}</Link> },
          { key: 'head', label: t(`group.head.${c.groupKind}`), children: headName },
          { key: 'deadline', label: t('covenant.deadline'), children: formatDateVi(c.scoringDeadline) },
          { key: 'max', label: t('covenant.maxTotal'), children: points(c.maxTotal) },
        ]}
      />
      {/* A new version (after any save or a reload) starts the table editor afresh. */}
      <CriteriaCard key={`criteria-${c.version}`} covenant={c} />
      <MembersCard covenant={c} />
      {c.status === 'scoring' && c.scoringUnitIds.map((unitId) => <ScoreSheetCard key={unitId} covenant={c} unitId={unitId} />)}
      {closedScoring && <ConsolidationCard covenant={c} />}
      {closedScoring && <RankingCard covenant={c} />}
      {c.status === 'closed' && <VoteCard covenant={c} />}
      {editing && <CovenantEditModal covenant={c} onClose={() => setEditing(false)} />}
    </>
  );
}
