import { App, Button, Card, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTimeVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { useInbox, useReceiveDocument, type InboxItem } from './useDocuments.js';

/** Văn bản đến: documents delivered to units in the user's scope, not yet received first. */
export function InboxPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useShowError();
  const [status, setStatus] = useState<'unread' | 'all'>('all');
  const inbox = useInbox(status);
  const receive = useReceiveDocument();
  const items = [...(inbox.data?.items ?? [])].sort((a, b) => Number(Boolean(a.receivedAt)) - Number(Boolean(b.receivedAt)));

  return (
    <>
      <PageHeader
        title={t('nav.inbox')}
        extra={
          <Segmented<'unread' | 'all'>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all', label: t('document.inbox.all') },
              { value: 'unread', label: t('document.inbox.unread') },
            ]}
          />
        }
      />
      <Card size="small">
        {inbox.isError && <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />}
        <Table<InboxItem>
          rowKey={(x) => `${x.document.id}:${x.unitId}`}
          size="middle"
          loading={inbox.isFetching}
          dataSource={items}
          locale={{ emptyText: t('document.inbox.empty') }}
          pagination={{ pageSize: 50, showTotal: (total) => t('document.inbox.total', { count: total }) }}
          columns={[
            { title: t('document.number'), key: 'number', width: 130, render: (_, x) => x.document.fullNumber ?? t('document.unnumbered') },
            {
              title: t('document.subject'),
              key: 'subject',
              minWidth: 280,
              render: (_, x) => (
                <Link to={PATHS.document(x.document.id)} style={x.receivedAt ? undefined : { fontWeight: 600 }}>
                  {x.document.subject || t('document.noSubject')}
                </Link>
              ),
            },
            { title: t('document.issuer'), key: 'issuer', minWidth: 180, render: (_, x) => x.document.issuerName ?? x.document.ownerUnitName },
            { title: t('document.deliveryUnit'), key: 'unit', width: 160, render: (_, x) => x.unitName },
            { title: t('document.deliveredAt'), key: 'at', width: 140, render: (_, x) => formatDateTimeVi(x.deliveredAt) },
            {
              title: t('document.receivedAt'),
              key: 'received',
              width: 170,
              render: (_, x) =>
                x.receivedAt ? (
                  <Tag color="green">{formatDateTimeVi(x.receivedAt)}</Tag>
                ) : can('document:write') ? (
                  <Button
                    size="small"
                    loading={receive.isPending && receive.variables?.documentId === x.document.id && receive.variables.unitId === x.unitId}
                    onClick={() =>
                      receive.mutate(
                        { documentId: x.document.id, unitId: x.unitId },
                        { onSuccess: () => void message.success(t('document.inbox.marked')), onError: (e) => showError(e) },
                      )
                    }
                  >
                    {t('document.inbox.markReceived')}
                  </Button>
                ) : (
                  <Tag>{t('document.notReceived')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
