import { Card, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { Movement } from '../../../contract/reporting.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { kindLabel, levelLabel, periodText, phaseLabel } from './format.js';

/** The movement's header fields, phases, basis documents (links to their pages) and scope. */
export function MovementDescriptions({ movement: m }: { movement: Movement }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('movement.kind'), children: kindLabel(t, m.kind) },
          { key: 'owner', label: t('movement.owner'), children: <Link to={PATHS.unit(m.ownerUnitId)}>{m.ownerUnitName}</Link> },
          { key: 'level', label: t('movement.level'), children: levelLabel(t, m.level) },
          { key: 'period', label: t('movement.period'), children: periodText(t, m.startsOn, m.endsOn) },
          {
            key: 'parent',
            label: t('movement.parent'),
            children: m.parentMovementId ? <Link to={PATHS.movement(m.parentMovementId)}>{m.parentMovementName}</Link> : t('common.none'),
          },
          ...(m.description ? [{ key: 'description', label: t('movement.description'), span: 2, children: <span style={{ whiteSpace: 'pre-line' }}>{m.description}</span> }] : []),
          {
            key: 'basis',
            label: t('movement.basisDocuments'),
            span: 2,
            children: m.basisDocuments.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {m.basisDocuments.map((d) => (
                  <li key={d.documentId}>
                    <Link to={PATHS.document(d.documentId)}>{d.documentNumber ?? t('movement.unnumberedDocument')}</Link>
                    {d.subject ? ` — ${d.subject}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'scope',
            label: t('movement.scope'),
            span: 2,
            children:
              m.scopeUnits.length + m.scopeGroups.length === 0 ? (
                t('common.none')
              ) : (
                <Space size={[4, 4]} wrap>
                  {m.scopeGroups.map((g) => (
                    <Tag key={g.groupId} color="volcano">
                      {g.groupName}
                    </Tag>
                  ))}
                  {m.scopeUnits.map((u) => (
                    <Tag key={u.unitId}>
                      <Link to={PATHS.unit(u.unitId)}>{u.unitName}</Link>
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      <Table
        size="small"
        style={{ marginTop: 12 }}
        rowKey="phase"
        pagination={false}
        dataSource={m.phases}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movement.noPhases')} /> }}
        columns={[
          { title: t('movement.phase'), key: 'phase', render: (_, p) => phaseLabel(t, p.phase) },
          { title: t('movement.period'), key: 'period', render: (_, p) => periodText(t, p.startsOn, p.endsOn) },
        ]}
      />
    </Card>
  );
}
