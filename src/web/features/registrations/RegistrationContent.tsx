import { Table, Typography } from 'antd';
import type { Indicator, Registration } from '../../../contract/reporting.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { useT } from '../../i18n/useT.js';

/** A registration's commitments and the titles it aims for, read-only. */
export function RegistrationContent({ registration, indicators }: { registration: Registration; indicators: Indicator[] }) {
  const t = useT();
  const indicatorOf = (id: string | null) => indicators.find((i) => i.id === id);
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('registration.commitments')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={registration.commitments}
        locale={{ emptyText: t('registration.noCommitments') }}
        columns={[
          { title: t('registration.commitmentText'), dataIndex: 'text', key: 'text' },
          {
            title: t('registration.indicator'),
            key: 'indicator',
            width: 200,
            render: (_, c) => {
              const i = indicatorOf(c.indicatorId);
              return i ? `${i.code} — ${i.name}` : '';
            },
          },
          {
            title: t('registration.value'),
            key: 'value',
            width: 120,
            render: (_, c) => (c.value === null ? '' : [formatNumberVi(c.value), indicatorOf(c.indicatorId)?.unitOfMeasure].filter(Boolean).join(' ')),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('registration.titles')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={registration.titles}
        locale={{ emptyText: t('registration.noTitles') }}
        columns={[
          { title: t('registration.award'), dataIndex: 'award', key: 'award' },
          { title: t('registration.nomineeKind'), key: 'kind', width: 110, render: (_, a) => t(`registration.nominee.${a.nomineeKind}`) },
          { title: t('registration.nomineeName'), dataIndex: 'nomineeName', key: 'name' },
        ]}
      />
    </>
  );
}
