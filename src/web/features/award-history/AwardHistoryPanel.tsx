import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AwardHistory } from '../../../contract/awards.js';
import { formatDateVi } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useCan } from '../session/useSession.js';
import { HistoryRecordModal } from './HistoryRecordModal.js';
import { RATINGS } from '../awards/eligibility-form.js';
import { useAwardHistory, useDeleteHistoryRecord, useUpdateRating, type HistoryRecordKind, type HistorySubjectKind } from './useAwardHistory.js';

type RatingRow = AwardHistory['ratings'][number];
type InitiativeRow = AwardHistory['initiatives'][number];
type DisciplineRow = AwardHistory['discipline'][number];
type AwardRow = AwardHistory['awards'][number];

interface Props {
  kind: HistorySubjectKind;
  id: string;
}

/** Ratings, initiatives, discipline and awards of one person or collective, each a compact table. */
export function AwardHistoryPanel({ kind, id }: Props) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useShowError();
  const history = useAwardHistory(kind, id);
  const catalogue = useAwardCatalogue();
  const remove = useDeleteHistoryRecord();
  const updateRating = useUpdateRating();
  const [adding, setAdding] = useState<HistoryRecordKind | null>(null);
  const canWrite = can('award:write');

  if (history.isPending) return <PageSpin />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const h = history.data;
  const awardName = (r: AwardRow) => catalogue.data?.items.find((a) => a.code === r.awardCode)?.name ?? r.awardName;

  /** The delete column of a list, for those who may write. */
  function deleteColumn<T extends { id: string; version?: number }>(recordKind: HistoryRecordKind, label: (row: T) => string) {
    if (!canWrite) return [];
    return [
      {
        title: t('common.actions'),
        key: 'actions',
        width: 90,
        render: (_: unknown, row: T) => (
          <Popconfirm
            title={t('history.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutateAsync({ recordKind, id: row.id, version: row.version }).then(
                () => void message.success(t('common.deleted')),
                (error: unknown) => showError(error),
              )
            }
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('history.deleteRow', { label: label(row) })} />
          </Popconfirm>
        ),
      },
    ];
  }

  const ratingColumns: TableColumnsType<RatingRow> = [
    { title: t('history.year'), dataIndex: 'year', key: 'year', width: 80 },
    {
      title: t('history.rating'),
      key: 'rating',
      // A rating is corrected in place; a predecessor's rating belongs to that unit's own history.
      render: (_, r) =>
        canWrite && (kind === 'person' || r.unitId === id) ? (
          <Select
            size="small"
            style={{ minWidth: 240 }}
            value={r.rating}
            aria-label={t('history.ratingOfYear', { year: r.year })}
            options={RATINGS.map((value) => ({ value, label: t(`award.rating.${value}`) }))}
            onChange={(rating) =>
              updateRating.mutateAsync({ id: r.id, rating, note: r.note, version: r.version }).then(
                () => void message.success(t('common.saved')),
                (error: unknown) => showError(error),
              )
            }
          />
        ) : (
          t(`award.rating.${r.rating}`)
        ),
    },
    ...(kind === 'collective' ? [{ title: t('history.unit'), key: 'unit', render: (_: unknown, r: RatingRow) => r.unitName ?? '' }] : []),
    { title: t('common.note'), dataIndex: 'note', key: 'note' },
    ...deleteColumn<RatingRow>('ratings', (r) => String(r.year)),
  ];
  const initiativeColumns: TableColumnsType<InitiativeRow> = [
    { title: t('history.year'), dataIndex: 'year', key: 'year', width: 80 },
    { title: t('history.initiativeTitle'), dataIndex: 'title', key: 'title' },
    { title: t('history.scope'), key: 'scope', width: 110, render: (_, r) => t(`award.scope.${r.scope}`) },
    { title: t('history.recognisedBy'), dataIndex: 'recognisedBy', key: 'recognisedBy' },
    ...deleteColumn<InitiativeRow>('initiatives', (r) => `${r.year} ${r.title}`),
  ];
  const disciplineColumns: TableColumnsType<DisciplineRow> = [
    { title: t('history.disciplineKind'), key: 'kind', render: (_, r) => t(`history.disciplineKind.${r.kind}`) },
    { title: t('history.startsOn'), key: 'startsOn', width: 120, render: (_, r) => formatDateVi(r.startsOn) },
    { title: t('history.endsOn'), key: 'endsOn', width: 130, render: (_, r) => (r.endsOn ? formatDateVi(r.endsOn) : t('history.ongoing')) },
    { title: t('common.note'), dataIndex: 'note', key: 'note' },
    ...deleteColumn<DisciplineRow>('discipline', (r) => formatDateVi(r.startsOn)),
  ];
  const awardColumns: TableColumnsType<AwardRow> = [
    { title: t('history.year'), dataIndex: 'year', key: 'year', width: 80 },
    {
      title: t('history.award'),
      key: 'award',
      render: (_, r) => (
        <>
          {awardName(r)}
          {/* A collective's history carries its predecessors' awards: say whose they were. */}
          {kind === 'collective' && r.unitId && r.unitId !== id && (
            <div>
              <Tag>{t('history.predecessor')}</Tag>
              {r.unitName}
            </div>
          )}
        </>
      ),
    },
    { title: t('history.decisionNumber'), dataIndex: 'decisionNumber', key: 'decisionNumber', width: 140 },
    { title: t('history.decisionDate'), key: 'decisionDate', width: 130, render: (_, r) => formatDateVi(r.decisionDate) },
    { title: t('history.issuer'), dataIndex: 'issuer', key: 'issuer' },
    ...deleteColumn<AwardRow>('awards', (r) => `${r.year} ${awardName(r)}`),
  ];

  const section = (recordKind: HistoryRecordKind, table: ReactNode) => (
    <section key={recordKind} style={{ marginBottom: 20 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {t(`history.${recordKind}`)}
        </Typography.Title>
        {canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(recordKind)}>
            {t(`history.add.${recordKind}`)}
          </Button>
        )}
      </Flex>
      {table}
    </section>
  );
  const tableProps = { size: 'small' as const, rowKey: 'id', pagination: false as const, locale: { emptyText: t('common.none') }, scroll: { x: 560 } };

  return (
    <>
      {section('ratings', <Table<RatingRow> {...tableProps} dataSource={h.ratings} columns={ratingColumns} />)}
      {/* Initiatives are a person's only (CreateInitiativeBody takes a personId). */}
      {kind === 'person' && section('initiatives', <Table<InitiativeRow> {...tableProps} dataSource={h.initiatives} columns={initiativeColumns} />)}
      {section('discipline', <Table<DisciplineRow> {...tableProps} dataSource={h.discipline} columns={disciplineColumns} />)}
      {section('awards', <Table<AwardRow> {...tableProps} dataSource={h.awards} columns={awardColumns} />)}
      {adding && <HistoryRecordModal recordKind={adding} subject={{ kind, id }} onClose={() => setAdding(null)} />}
    </>
  );
}
