import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Council } from '../../../contract/councils.js';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { sortMembers, type CouncilMember } from './council-format.js';
import { MemberFormModal } from './MemberFormModal.js';
import { useCouncilAccounts, useUpdateCouncilMember } from './useCouncils.js';

/** Thành phần hội đồng: roles, the account each member votes with, the unit they work in. */
export function CouncilMembersCard({ council }: { council: Council }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const update = useUpdateCouncilMember(council.id);
  // Managers see whose accounts are linked; the others see that one is.
  const accounts = useCouncilAccounts(council.id, '', council.canManage);
  const userNames = useMemo(() => new Map((accounts.data?.items ?? []).map((u) => [u.id, `${u.fullName} (${u.username})`])), [accounts.data]);
  const [editing, setEditing] = useState<CouncilMember | 'new' | null>(null);
  const rows = useMemo(() => sortMembers(council.members), [council.members]);

  const setActive = (m: CouncilMember, active: boolean) =>
    update.mutate(
      { memberId: m.id, body: { active, version: m.version } },
      {
        onSuccess: () => void message.success(active ? t('council.memberReactivated', { name: m.fullName }) : t('council.memberDeactivated', { name: m.fullName })),
        onError: (e) => (e instanceof ApiError && e.isStaleVersion ? void message.warning(t('error.staleReloaded')) : showError(e)),
      },
    );

  const columns: TableColumnsType<CouncilMember> = [
    {
      title: t('council.member.fullName'),
      key: 'name',
      width: 200,
      render: (_, m) => (
        <Typography.Text type={m.active ? undefined : 'secondary'} delete={!m.active}>
          {m.fullName}
        </Typography.Text>
      ),
    },
    { title: t('council.member.position'), key: 'position', width: 240, render: (_, m) => m.position },
    { title: t('council.member.role'), key: 'role', width: 200, render: (_, m) => t(`council.role.${m.role}`) },
    {
      title: t('council.member.user'),
      key: 'user',
      width: 230,
      render: (_, m) => (m.userId ? (userNames.get(m.userId) ?? <Tag color="blue">{t('council.member.hasUser')}</Tag>) : <Tag color="orange">{t('council.member.noUser')}</Tag>),
    },
    { title: t('council.member.homeUnit'), key: 'homeUnit', width: 220, render: (_, m) => m.homeUnitName },
    { title: t('council.member.active'), key: 'active', width: 120, render: (_, m) => (m.active ? <Tag color="green">{t('council.member.isActive')}</Tag> : <Tag>{t('council.member.inactive')}</Tag>) },
    ...(council.canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            render: (_: unknown, m: CouncilMember) => (
              <Flex gap={4}>
                <Button size="small" aria-label={t('council.member.editOf', { name: m.fullName })} onClick={() => setEditing(m)}>
                  {t('common.edit')}
                </Button>
                {m.active ? (
                  <Popconfirm
                    title={t('council.member.deactivateConfirm', { name: m.fullName })}
                    okText={t('council.member.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => setActive(m, false)}
                  >
                    <Button size="small" danger aria-label={t('council.member.deactivateOf', { name: m.fullName })}>
                      {t('council.member.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" aria-label={t('council.member.reactivateOf', { name: m.fullName })} onClick={() => setActive(m, true)}>
                    {t('council.member.reactivate')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('council.members')}
      style={{ marginBottom: 16 }}
      extra={
        council.canManage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('council.member.add')}
          </Button>
        )
      }
    >
      <Table<CouncilMember>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1300 }}
        locale={{ emptyText: t('council.member.none') }}
      />
      {editing && (
        <MemberFormModal
          council={council}
          member={editing === 'new' ? undefined : editing}
          linkedName={editing !== 'new' && editing.userId ? userNames.get(editing.userId) : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
