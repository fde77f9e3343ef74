import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NotificationsBell } from '../features/notifications/NotificationsBell.js';
import { ChangePasswordModal } from '../features/session/ChangePasswordModal.js';
import { useSession, useSignOut } from '../features/session/useSession.js';
import { LocaleSwitch } from '../i18n/LocaleSwitch.js';
import { useT } from '../i18n/useT.js';
import { PATHS } from './paths.js';

/** Who is signed in, for which unit and with which roles; language, password and sign-out. */
export function HeaderBar() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <Flex align="center" justify="flex-end" gap={16} wrap style={{ width: '100%' }}>
      <Flex vertical style={{ lineHeight: 1.35, textAlign: 'right' }}>
        <Typography.Text strong>{user.fullName}</Typography.Text>
        <Tooltip title={user.scopeUnitId !== user.unitId ? `${t('user.scopeUnit')}: ${user.scopeUnitName}` : undefined}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.unitName}
          </Typography.Text>
        </Tooltip>
      </Flex>
      <Flex gap={4} wrap aria-label={t('header.roles')}>
        {user.roles.map((role) => (
          <Tag key={role} color="geekblue" style={{ marginInlineEnd: 0 }}>
            {t(`role.${role}`)}
          </Tag>
        ))}
      </Flex>
      <NotificationsBell />
      <LocaleSwitch />
      <Button onClick={() => setChangingPassword(true)}>{t('header.changePassword')}</Button>
      <Button
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(PATHS.signIn, { replace: true }) })}
      >
        {t('header.signOut')}
      </Button>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Flex>
  );
}
