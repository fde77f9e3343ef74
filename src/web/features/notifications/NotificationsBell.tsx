import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications, type AppNotification } from './useNotifications.js';

/** The bell in the header: unread count, the latest notifications, a click opens what one is about. */
export function NotificationsBell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { data, isPending } = useNotifications();
  const unread = data?.unread ?? 0;

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<NotificationsHeader unread={unread} />}
      content={isPending ? <Spin /> : <NotificationsList items={data?.items ?? []} onNavigate={() => setOpen(false)} />}
    >
      <Badge count={unread} overflowCount={99} size="small">
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? t('notification.bellUnread', { count: unread }) : t('notification.bell')}
        />
      </Badge>
    </Popover>
  );
}

function NotificationsHeader({ unread }: { unread: number }) {
  const t = useT();
  const showError = useShowError();
  const markAll = useMarkAllNotificationsRead();
  return (
    <Flex align="center" justify="space-between" gap={16}>
      <span>{t('notification.title')}</span>
      <Button
        type="link"
        size="small"
        disabled={unread === 0}
        loading={markAll.isPending}
        onClick={() => markAll.mutate(undefined, { onError: (e) => showError(e) })}
      >
        {t('notification.markAllRead')}
      </Button>
    </Flex>
  );
}

function NotificationsList({ items, onNavigate }: { items: AppNotification[]; onNavigate: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const markRead = useMarkNotificationRead();
  const { token } = theme.useToken();

  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />;

  const openItem = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id, { onError: (e) => showError(e) });
    if (n.link) {
      onNavigate();
      void navigate(n.link);
    }
  };

  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, width: 380, maxWidth: '80vw', maxHeight: 420, overflowY: 'auto' }}>
      {items.map((n) => (
        <li key={n.id} style={{ borderBottom: `1px solid ${token.colorSplit}` }}>
          <button
            type="button"
            onClick={() => openItem(n)}
            aria-label={n.readAt ? n.title : `${t('notification.unread')}: ${n.title}`}
            style={{
              display: 'block',
              width: '100%',
              textAlign: 'left',
              border: 0,
              cursor: 'pointer',
              padding: '8px 8px',
              font: 'inherit',
              color: 'inherit',
              background: n.readAt ? 'transparent' : token.colorPrimaryBg,
            }}
          >
            <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '2px 0', fontSize: 13 }}>
              {n.body}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTimeVi(n.createdAt)}
            </Typography.Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
