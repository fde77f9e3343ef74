import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Award } from '../../../contract/awards.js';
import { formatDateVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useUnitAwardCatalogue } from '../awards/useAwards.js';
import { criteriaText } from './local-award-form.js';
import { LocalAwardModal } from './LocalAwardModal.js';

/**
 * Danh hiệu, hình thức khen thưởng của địa phương that apply to a unit: those it set and those of
 * the levels above it. A level edits only its own; the rule engine checks them like the law's.
 */
export function LocalAwardsCard({ unitId, canEdit }: { unitId: string; canEdit: boolean }) {
  const t = useT();
  const catalogue = useUnitAwardCatalogue(unitId);
  const [editing, setEditing] = useState<Award | 'new' | null>(null);
  if (catalogue.isError) return <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  const all = catalogue.data?.items ?? [];
  const locals = all.filter((a) => a.local !== null);
  const nameOf = (code: string) => all.find((a) => a.code === code)?.name ?? code;

  return (
    <Card
      size="small"
      title={t('localAward.title')}
      style={{ marginBottom: 16 }}
      extra={
        canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('localAward.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('localAward.hint')}</Typography.Paragraph>
      <Table<Award>
        rowKey="code"
        size="small"
        loading={catalogue.isPending}
        dataSource={locals}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('localAward.none') }}
        columns={[
          {
            key: 'name',
            title: t('award.col.name'),
            render: (_, a) => (
              <>
                {a.name} <Typography.Text code>{a.code}</Typography.Text> <Tag>{t(`award.kind.${a.kind}`)}</Tag>
              </>
            ),
          },
          { key: 'nominee', title: t('award.col.nominee'), render: (_, a) => a.nominee.map((k) => t(`award.nominee.${k}`)).join(', ') },
          {
            key: 'criteria',
            title: t('localAward.criteria'),
            render: (_, a) =>
              criteriaText(a.local!.criteria, { rating: (r) => t(`award.rating.${r}`), scope: (s) => t(`award.scope.${s}`), award: nameOf }),
          },
          { key: 'cash', title: t('award.col.cash'), render: (_, a) => (a.cashMultiple === null ? '' : t('award.cash', { n: formatNumberVi(a.cashMultiple) })) },
          {
            key: 'validity',
            title: t('localAward.validity'),
            render: (_, a) => `${formatDateVi(a.local!.validFrom)} – ${a.local!.validTo ? formatDateVi(a.local!.validTo) : '…'}`,
          },
          { key: 'owner', title: t('localAward.owner'), render: (_, a) => a.local!.ownerUnitName },
          { key: 'basis', title: t('award.col.basis'), render: (_, a) => `${a.legalBasis} · ${a.local!.authority}` },
          {
            key: 'edit',
            title: '',
            render: (_, a) =>
              canEdit &&
              a.local!.ownerUnitId === unitId && (
                <Button size="small" icon={<EditOutlined />} aria-label={t('localAward.edit', { name: a.name })} onClick={() => setEditing(a)} />
              ),
          },
        ]}
      />
      {editing && <LocalAwardModal unitId={unitId} award={editing === 'new' ? null : editing} catalogue={all} onClose={() => setEditing(null)} />}
    </Card>
  );
}
