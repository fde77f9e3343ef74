import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { Covenant, RankingRowSchema } from '../../../contract/covenants.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { points } from './covenant-parts.js';
import { covenantFiles, useCovenantRanking } from './useCovenants.js';

type Row = z.infer<typeof RankingRowSchema>;

/** Xếp hạng on the totals after adjustments, with the tie-breakers that decided equal totals. */
export function RankingCard({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const ranking = useCovenantRanking(c.id, true);
  const { download, pending } = useDownload();
  const rows = ranking.data?.items ?? [];
  // Every row carries the same groups, in table order.
  const groups = rows[0]?.groupTotals ?? [];

  const columns: TableColumnsType<Row> = [
    { title: t('covenant.ranking.rank'), key: 'rank', width: 80, align: 'center', render: (_, r) => r.rank },
    { title: t('covenant.members.unit'), key: 'unit', render: (_, r) => r.unitName },
    { title: t('covenant.ranking.total'), key: 'total', width: 110, align: 'right', render: (_, r) => <Typography.Text strong>{points(r.total)}</Typography.Text> },
    ...groups.map((g, i) => ({
      title: <span title={g.name}>{t('covenant.ranking.group', { code: g.code })}</span>,
      key: `group-${g.code}`,
      width: 100,
      align: 'right' as const,
      render: (_: unknown, r: Row) => points(r.groupTotals[i]?.points),
    })),
    { title: t('covenant.kind.bonus'), key: 'bonus', width: 110, align: 'right', render: (_, r) => points(r.bonus) },
    { title: t('covenant.kind.penalty'), key: 'penalty', width: 100, align: 'right', render: (_, r) => points(r.penalty) },
    { title: t('covenant.ranking.decidedBy'), key: 'decidedBy', width: 260, render: (_, r) => r.decidedBy ?? '' },
  ];

  return (
    <Card
      size="small"
      title={t('covenant.ranking.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={pending === 'scores'} onClick={() => void download('scores', covenantFiles.scores(c.id), {}, 'tong-hop-diem.xlsx')}>
            {t('covenant.download.scores')}
          </Button>
          <Button icon={<FileWordOutlined />} loading={pending === 'minutes'} onClick={() => void download('minutes', covenantFiles.minutes(c.id), {}, 'bien-ban.docx')}>
            {t('covenant.download.minutes')}
          </Button>
        </Flex>
      }
    >
      {ranking.isError && <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data && (
        <Alert
          type={ranking.data.final ? 'success' : 'info'}
          showIcon
          title={ranking.data.final ? t('covenant.ranking.final') : t('covenant.ranking.provisional')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<Row>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={rows}
        loading={ranking.isPending}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('covenant.ranking.none') }}
        columns={columns}
      />
      {groups.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {groups.map((g) => t('covenant.ranking.groupName', { code: g.code, name: g.name })).join(' · ')}
        </Typography.Paragraph>
      )}
      {(ranking.data?.tieBreakers.length ?? 0) > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 14, marginTop: 12 }}>
            {t('covenant.ranking.tieBreakers')}
          </Typography.Title>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {ranking.data?.tieBreakers.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
