import { Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { IndicatorsCard } from './IndicatorsCard.js';
import { MovementDescriptions } from './MovementDescriptions.js';
import { MovementFormModal } from './MovementFormModal.js';
import { useMovement } from './useMovements.js';

/** One movement: what it is, what it rests on, whom it addresses, and its indicators. */
export function MovementPage() {
  const { id = '' } = useParams();
  return <MovementView key={id} id={id} />;
}

function MovementView({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const movement = useMovement(id);
  const [editing, setEditing] = useState(false);

  if (movement.isPending) return <PageSpin />;
  if (movement.isError) {
    return (
      <>
        <Link to={PATHS.movements}>{t('common.back')}</Link>
        <QueryError error={movement.error} onRetry={() => void movement.refetch()} />
      </>
    );
  }
  const m = movement.data;
  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.movements}>{t('nav.movements')}</Link>}
        title={m.name}
        extra={
          <>
            <Button onClick={() => void navigate(PATHS.registrationsOf(m.id))}>{t('movement.registrations')}</Button>
            {m.canEdit && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
          </>
        }
      />
      <MovementDescriptions movement={m} />
      <IndicatorsCard movement={m} />
      {editing && <MovementFormModal open movement={m} onClose={() => setEditing(false)} />}
    </>
  );
}
