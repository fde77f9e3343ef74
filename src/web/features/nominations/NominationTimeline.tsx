import { Card, Timeline, Typography } from 'antd';
import type { Nomination } from '../../../contract/nominations.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useT } from '../../i18n/useT.js';

type NominationEvent = Nomination['events'][number];

const COLORS: Record<string, string> = {
  create: 'gray',
  update: 'gray',
  submit: 'blue',
  return: 'red',
  review: 'blue',
  vote: 'purple',
  approve: 'green',
  approve_lower: 'green',
  reject: 'red',
  forward: 'orange',
  decide: 'cyan',
};

const EVENT_KEYS: Record<string, MessageKey> = {
  create: 'nomination.event.create',
  update: 'nomination.event.update',
  submit: 'nomination.event.submit',
  return: 'nomination.event.return',
  review: 'nomination.event.review',
  vote: 'nomination.event.vote',
  approve: 'nomination.event.approve',
  approve_lower: 'nomination.event.approve_lower',
  reject: 'nomination.event.reject',
  forward: 'nomination.event.forward',
  decide: 'nomination.event.decide',
};

/** Quá trình xử lý: each step of the nomination, who took it, when, and what they wrote; oldest first. */
export function NominationTimeline({ events }: { events: NominationEvent[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('nomination.timeline')} style={{ marginBottom: 16 }}>
      {events.length === 0 ? (
        <Typography.Text type="secondary">{t('nomination.timelineNone')}</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e, i) => {
            const key = EVENT_KEYS[e.action];
            return {
              key: i,
              color: COLORS[e.action] ?? 'gray',
              title: formatDateTimeVi(e.at),
              content: (
                <>
                  <div>
                    {/* An action added on the server later still shows, by its code. */}
                    <Typography.Text strong>{key ? t(key) : e.action}</Typography.Text>
                    {' — '}
                    {e.actorName ?? t('nomination.system')}
                  </div>
                  {e.note && (
                    <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                      “{e.note}”
                    </Typography.Text>
                  )}
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
