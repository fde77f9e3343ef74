import { Card, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AuditEntry } from '../../../contract/audit.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { messages, type MessageKey } from '../../i18n/messages.js';
import { useT } from '../../i18n/useT.js';
import { AuditChange } from './AuditChange.js';
import { useAuditList } from './useAudit.js';

const ENTITY_TYPES = ['unit', 'group', 'person', 'user'] as const;

const isMessageKey = (key: string): key is MessageKey => key in messages.vi;

/** Nhật ký: every recorded change, newest first, with its before/after snapshot. */
export function AuditPage() {
  const t = useT();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const list = useAuditList({ entityType, limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize });

  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), key: 'at', width: 170, render: (_, e) => formatDateTimeVi(e.at) },
    { title: t('audit.actor'), key: 'actor', render: (_, e) => e.actorName ?? t('audit.system') },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, e) => (
        <>
          {label(`action.${e.action}`, e.action)}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ({e.action})
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, e) => (
        <>
          {label(`entity.${e.entityType}`, e.entityType)}{' '}
          {e.entityId && <Typography.Text code style={{ fontSize: 12 }}>{e.entityId.slice(0, 8)}</Typography.Text>}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.audit')} />
      <Card size="small">
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select<string>
            aria-label={t('audit.entityType')}
            allowClear
            placeholder={t('audit.entityType')}
            value={entityType}
            onChange={(v) => {
              setEntityType(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={ENTITY_TYPES.map((e) => ({ value: e, label: t(`entity.${e}`) }))}
            style={{ width: 200 }}
          />
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          expandable={{ expandedRowRender: (entry) => <AuditChange entry={entry} /> }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('audit.total', { count: total }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
