import { Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { NominationSummary } from '../../../contract/nominations.js';
import { STATUS_LABEL } from '../../../core/commendation/nomination-flow.js';
import { formatDateVi } from '../../../core/dates.js';
import { compareVietnamese, matchesSearch } from '../../../core/text.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  /** The nominations to choose from. */
  choices: NominationSummary[];
  loading: boolean;
  error?: unknown;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Accessible name of the table. */
  label: string;
}

/** Picks nominations from a list (ticking rows), searchable by name without diacritics; a form field. */
export function NominationPicker({ choices, loading, error, value = [], onChange, label }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const rows = useMemo(
    () =>
      choices
        .filter((n) => !q.trim() || matchesSearch(`${n.nominee.name} ${n.nominee.unitName ?? ''} ${n.proposingUnit.name} ${n.awardName}`, q))
        .sort((a, b) => compareVietnamese(a.awardName, b.awardName) || compareVietnamese(a.nominee.name, b.nominee.name)),
    [choices, q],
  );

  const columns: TableColumnsType<NominationSummary> = [
    {
      title: t('meeting.item.nominee'),
      key: 'nominee',
      render: (_, n) => (
        <>
          {n.nominee.name}
          {n.nominee.position && <Typography.Text type="secondary">{` – ${n.nominee.position}`}</Typography.Text>}
        </>
      ),
    },
    { title: t('meeting.item.unit'), key: 'unit', width: 200, render: (_, n) => n.nominee.unitName ?? n.proposingUnit.name },
    { title: t('meeting.item.award'), key: 'award', width: 220, render: (_, n) => `${n.awardName} (${n.year})` },
    { title: t('meeting.item.proposedOn'), key: 'proposedOn', width: 110, render: (_, n) => formatDateVi(n.proposedOn) },
    {
      title: t('meeting.item.nominationStatus'),
      key: 'status',
      width: 150,
      render: (_, n) => (
        <>
          <Tag>{STATUS_LABEL[n.status]}</Tag>
          {n.flagged && <Tag color="orange">{t('meeting.item.flagged')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <>
      <Input.Search
        aria-label={t('meeting.item.search')}
        placeholder={t('meeting.item.search')}
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ width: 320, maxWidth: '100%', marginBottom: 8 }}
      />
      {error !== undefined && error !== null && <QueryError error={error} />}
      <Table<NominationSummary>
        aria-label={label}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        scroll={{ x: 800, y: 360 }}
        pagination={false}
        rowSelection={{
          selectedRowKeys: value,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onChange?.(keys.map(String)),
          getCheckboxProps: (n) => ({ 'aria-label': t('meeting.item.pick', { name: n.nominee.name }) }),
        }}
        locale={{ emptyText: t('meeting.item.noChoices') }}
        footer={() => t('meeting.item.picked', { count: value.length, total: choices.length })}
      />
    </>
  );
}
