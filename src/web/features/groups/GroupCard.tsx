import { App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Group } from '../../../contract/groups.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useDeleteGroup } from './useGroups.js';

/** One cluster or block: organiser, head, deputy and members (Vietnamese order). */
export function GroupCard({ group, canWrite, onEdit }: { group: Group; canWrite: boolean; onEdit: (group: Group) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const remove = useDeleteGroup();
  const nameOf = (id: string | null) => group.members.find((m) => m.unitId === id)?.unitName ?? '';
  const members = [...group.members].sort((a, b) => compareVietnamese(a.unitName, b.unitName));

  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0, whiteSpace: 'normal' }}>
          {group.name}
        </Typography.Title>
      }
      extra={
        <Flex gap={4}>
          <Tag color={group.kind === 'cluster' ? 'volcano' : 'blue'}>{t(`groupKind.short.${group.kind}`)}</Tag>
          <Tag>{group.year}</Tag>
        </Flex>
      }
      actions={
        canWrite
          ? [
              <Button key="edit" type="link" onClick={() => onEdit(group)}>
                {t('common.edit')}
              </Button>,
              <Popconfirm
                key="delete"
                title={t('group.deleteConfirm', { name: group.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutateAsync(group, { onSuccess: () => void message.success(t('common.deleted')), onError: (e) => showError(e) }).catch(() => undefined)
                }
              >
                <Button type="link" danger loading={remove.isPending}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>,
            ]
          : undefined
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'organiser', label: t('group.organiser'), children: <Link to={PATHS.unit(group.organiserUnitId)}>{group.organiserName}</Link> },
          { key: 'head', label: t(`group.head.${group.kind}`), children: nameOf(group.headUnitId) },
          { key: 'deputy', label: t(`group.deputy.${group.kind}`), children: nameOf(group.deputyUnitId) },
          {
            key: 'members',
            label: t('group.membersCount', { count: group.members.length }),
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {members.map((m) => (
                  <li key={m.unitId}>
                    <Link to={PATHS.unit(m.unitId)}>{m.unitName}</Link>
                  </li>
                ))}
              </ul>
            ),
          },
          ...(group.note ? [{ key: 'note', label: t('group.note'), children: group.note }] : []),
        ]}
      />
    </Card>
  );
}
