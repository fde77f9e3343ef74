import { Card, Descriptions, Typography } from 'antd';
import type { Nomination } from '../../../contract/nominations.js';
import { formatDateVi } from '../../../core/dates.js';
import { useT } from '../../i18n/useT.js';

/** A nomination that can no longer be edited here: what was proposed, and the report as sent. */
export function NominationView({ nomination }: { nomination: Nomination }) {
  const t = useT();
  const n = nomination;
  const items = [
    { key: 'proposingUnit', label: t('nomination.proposingUnit'), children: n.proposingUnit.name },
    { key: 'kind', label: t('nomination.kind'), children: t(`nomination.kind.${n.nominee.kind}`) },
    { key: 'nominee', label: t(n.nominee.kind === 'person' ? 'nomination.person' : 'nomination.collective'), children: n.nominee.name },
    ...(n.nominee.position ? [{ key: 'position', label: t('nomination.position'), children: n.nominee.position }] : []),
    ...(n.nominee.unitName && n.nominee.kind === 'person' ? [{ key: 'unit', label: t('nomination.col.unit'), children: n.nominee.unitName }] : []),
    { key: 'award', label: t('nomination.award'), children: `${n.awardName} (${n.awardCode})` },
    { key: 'year', label: t('nomination.year'), children: n.year },
    { key: 'awardKind', label: t('nomination.awardKind'), children: t(`nomination.awardKind.${n.awardKind}`) },
    { key: 'proposedOn', label: t('nomination.proposedOn'), children: formatDateVi(n.proposedOn) },
    ...(n.members
      ? [
          {
            key: 'members',
            label: t('award.members'),
            children: t('nomination.membersText', { total: n.members.total, completed: n.members.completed, ldtt: n.members.ldtt, cstdcs: n.members.cstdcs }),
          },
        ]
      : []),
    ...(n.justification ? [{ key: 'justification', label: t('nomination.justification'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{n.justification}</span> }] : []),
  ];
  const sections = [
    { key: 'summary', title: t('nomination.report.summary'), text: n.report.summary },
    { key: 'achievements', title: t('nomination.report.achievements'), text: n.report.achievements },
    { key: 'priorAwards', title: t('nomination.report.priorAwards'), text: n.report.priorAwards },
  ];
  return (
    <>
      <Card size="small" title={t('nomination.details')} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small" bordered items={items} />
      </Card>
      <Card size="small" title={t('nomination.reportCard')} style={{ marginBottom: 16 }}>
        {sections.map((s) => (
          <section key={s.key} style={{ marginBottom: 12 }}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {s.title}
            </Typography.Title>
            {s.text.trim() ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.text}</Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('nomination.sectionEmpty')}</Typography.Text>
            )}
          </section>
        ))}
      </Card>
    </>
  );
}
