import { Card, Empty, Flex, Select } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { Movement } from '../../../contract/reporting.js';
import type { User } from '../../../contract/users.js';
import { todayInVietnam } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useMovement, useMovementList } from '../movements/useMovements.js';
import { useCan, useSession } from '../session/useSession.js';
import { RegistrationSummaryView } from './RegistrationSummaryView.js';
import { UnitRegistrationView } from './UnitRegistrationView.js';

/**
 * The unit that registers: the one the user acts for when the movement addresses it by name (a
 * district officer under a province movement), else the user's own unit (a commune's reporter).
 */
function registeringUnit(movement: Movement, user: User): { id: string; name: string } {
  return movement.scopeUnits.some((u) => u.unitId === user.scopeUnitId)
    ? { id: user.scopeUnitId, name: user.scopeUnitName }
    : { id: user.unitId, name: user.unitName };
}

/**
 * Đăng ký thi đua of one movement and year. The launching side (who may edit the movement and
 * review registrations) sees the summary of every unit; a unit sees and fills in its own.
 */
export function RegistrationsPage() {
  const t = useT();
  const can = useCan();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const movements = useMovementList({ year });
  const chosen = params.get('movement') ?? movements.data?.items[0]?.id;
  const movement = useMovement(chosen);

  const setParam = (key: 'movement' | 'year', value: string | number) => {
    const next = new URLSearchParams(params);
    next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const options = (movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }));
  if (movement.data && !options.some((o) => o.value === movement.data.id)) options.unshift({ value: movement.data.id, label: movement.data.name });
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  const reviews = movement.data?.canEdit && can('registration:review');

  return (
    <>
      <PageHeader title={t('nav.registrations')} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('registration.movement')}
          placeholder={t('registration.chooseMovement')}
          value={chosen}
          onChange={(id) => setParam('movement', id)}
          options={options}
          loading={movements.isFetching}
          showSearch={{ filterOption: filterOptionFolded }}
          style={{ width: 520, maxWidth: '100%' }}
        />
        <Select<number>
          aria-label={t('registration.year')}
          value={year}
          onChange={(y) => setParam('year', y)}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
        {movement.data && <Link to={PATHS.movement(movement.data.id)}>{t('registration.openMovement')}</Link>}
      </Flex>
      {movements.isError && <QueryError error={movements.error} onRetry={() => void movements.refetch()} />}
      {movement.isError && <QueryError error={movement.error} onRetry={() => void movement.refetch()} />}
      {!chosen ? (
        movements.isPending ? (
          <PageSpin />
        ) : (
          <Card size="small">
            <Empty description={t('registration.noMovement', { year })} />
          </Card>
        )
      ) : movement.isPending ? (
        <PageSpin />
      ) : movement.data && (reviews || !can('registration:write')) ? (
        <RegistrationSummaryView movement={movement.data} year={year} />
      ) : movement.data ? (
        <UnitRegistrationView movement={movement.data} year={year} unit={registeringUnit(movement.data, user)} />
      ) : null}
    </>
  );
}
