import { Collapse, Table, Tag, Typography } from 'antd';
import type { Award } from '../../../contract/awards.js';
import { formatDateVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { useT } from '../../i18n/useT.js';

/** Danh mục khen thưởng: what each award is, for whom, its cash multiple and its basis; folded away by default. */
export function AwardCatalogue({ awards, loading }: { awards: Award[]; loading: boolean }) {
  const t = useT();
  return (
    <Collapse
      items={[
        {
          key: 'catalogue',
          label: t('award.catalogue'),
          children: (
            <Table<Award>
              rowKey="code"
              size="small"
              loading={loading}
              dataSource={awards}
              pagination={false}
              scroll={{ x: 1000 }}
              expandable={{ expandedRowRender: (a) => <Authorities award={a} /> }}
              columns={[
                {
                  key: 'name',
                  title: t('award.col.name'),
                  render: (_, a) => (
                    <>
                      {a.name} {a.local && <Tag>{t('award.localOf', { unit: a.local.ownerUnitName })}</Tag>}
                    </>
                  ),
                },
                { key: 'code', title: t('award.col.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{code}</Typography.Text> },
                { key: 'nominee', title: t('award.col.nominee'), render: (_, a) => a.nominee.map((k) => t(`award.nominee.${k}`)).join(', ') },
                { key: 'level', title: t('award.col.level'), render: (_, a) => t(`award.level.${a.level}`) },
                { key: 'cash', title: t('award.col.cash'), render: (_, a) => (a.cashMultiple === null ? '' : <span style={{ whiteSpace: 'nowrap' }}>{t('award.cash', { n: formatNumberVi(a.cashMultiple) })}</span>) },
                { key: 'basis', title: t('award.col.basis'), dataIndex: 'legalBasis' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

/** Who decides the award, by decree and unit level, with the dates each holds. */
function Authorities({ award }: { award: Award }) {
  const t = useT();
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {award.decidedBy.map((d, i) => (
        <li key={i}>
          <Typography.Text type="secondary">
            {t(`award.ruleSet.${d.ruleSet}`)} ({formatDateVi(d.validFrom)} – {d.validTo ? formatDateVi(d.validTo) : '…'})
            {d.unitLevel ? ` · ${t(`award.unitLevel.${d.unitLevel}`)}` : ''}:
          </Typography.Text>{' '}
          {d.authority}
        </li>
      ))}
    </ul>
  );
}
