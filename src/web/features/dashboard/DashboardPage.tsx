import { Col, Row, Typography } from 'antd';
import { todayInVietnam } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { useGroupList } from '../groups/useGroups.js';
import { usePeopleList } from '../people/usePeople.js';
import { useCan, useSession } from '../session/useSession.js';
import { useUnitList } from '../units/useUnits.js';
import { StatCard } from './StatCard.js';

/** Tổng quan: a welcome and the counts of what the user's scope holds. */
export function DashboardPage() {
  const t = useT();
  const can = useCan();
  const { user } = useSession();
  const year = Number(todayInVietnam().slice(0, 4));

  const units = useUnitList({ status: 'all', limit: 1 }, { enabled: can('unit:read') });
  const activeUnits = useUnitList({ status: 'active', limit: 1 }, { enabled: can('unit:read') });
  const groups = useGroupList({ year }, { enabled: can('group:read') });
  const people = usePeopleList({ limit: 1, offset: 0 }, { enabled: can('person:read') });

  return (
    <>
      <PageHeader title={t('nav.dashboard')} />
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t('dashboard.welcome', { name: user.fullName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.scope', { unit: user.scopeUnitName })}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {can('unit:read') && (
          <Col xs={24} md={8}>
            <StatCard
              title={t('dashboard.units')}
              value={units.data?.total}
              loading={units.isPending}
              to={PATHS.units}
              footer={activeUnits.data ? t('dashboard.unitsActive', { count: activeUnits.data.total }) : undefined}
            />
          </Col>
        )}
        {can('group:read') && (
          <Col xs={24} md={8}>
            <StatCard title={t('dashboard.groups', { year })} value={groups.data?.items.length} loading={groups.isPending} to={PATHS.groups} />
          </Col>
        )}
        {can('person:read') && (
          <Col xs={24} md={8}>
            <StatCard title={t('dashboard.people')} value={people.data?.total} loading={people.isPending} to={PATHS.people} />
          </Col>
        )}
      </Row>
    </>
  );
}
