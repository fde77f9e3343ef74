import { Button, Card, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { User } from '../../../contract/users.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { compareVietnamese, matchesSearch } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { UserFormModal } from './UserFormModal.js';
import { useUserList } from './useUsers.js';

/** Người dùng: the logins of the admin's subtree, filtered in the browser without diacritics. */
export function UserListPage() {
  const t = useT();
  const can = useCan();
  const list = useUserList();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  const rows = (list.data?.items ?? []).filter(
    (u) => !search.trim() || [u.username, u.fullName, u.unitName, u.scopeUnitName].some((s) => matchesSearch(s, search)),
  );

  const columns: TableColumnsType<User> = [
    { title: t('user.username'), dataIndex: 'username', key: 'username', sorter: (a, b) => a.username.localeCompare(b.username) },
    { title: t('user.fullName'), dataIndex: 'fullName', key: 'fullName', sorter: (a, b) => compareVietnamese(a.fullName, b.fullName) },
    {
      title: t('user.unit'),
      key: 'unit',
      sorter: (a, b) => compareVietnamese(a.unitName, b.unitName),
      render: (_, u) => <Link to={PATHS.unit(u.unitId)}>{u.unitName}</Link>,
    },
    {
      title: t('user.scopeUnit'),
      key: 'scope',
      sorter: (a, b) => compareVietnamese(a.scopeUnitName, b.scopeUnitName),
      render: (_, u) => <Link to={PATHS.unit(u.scopeUnitId)}>{u.scopeUnitName}</Link>,
    },
    {
      title: t('user.roles'),
      key: 'roles',
      render: (_, u) =>
        u.roles.map((r) => (
          <Tag key={r} color="geekblue">
            {t(`role.${r}`)}
          </Tag>
        )),
    },
    {
      title: t('user.active'),
      key: 'active',
      width: 140,
      render: (_, u) => (u.active ? <Tag color="green">{t('user.activeYes')}</Tag> : <Tag color="red">{t('user.activeNo')}</Tag>),
    },
    {
      title: t('user.lastSignIn'),
      key: 'lastSignIn',
      width: 170,
      sorter: (a, b) => (a.lastSignInAt ?? '').localeCompare(b.lastSignInAt ?? ''),
      render: (_, u) => (u.lastSignInAt ? formatDateTimeVi(u.lastSignInAt) : t('user.never')),
    },
    ...(can('user:write')
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, u: User) => (
              <Button size="small" onClick={() => setEditing(u)} aria-label={`${t('common.edit')} ${u.username}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          can('user:write') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('user.add')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Input.Search
          aria-label={t('user.search')}
          placeholder={t('user.searchPlaceholder')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 340, maxWidth: '100%', marginBottom: 12 }}
        />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('user.total', { count: total }) }}
        />
      </Card>
      {editing && <UserFormModal open user={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
