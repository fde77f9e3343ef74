import { App, Form, Input, Select, Switch } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import { ROLES, type Role } from '../../../contract/roles.js';
import type { User } from '../../../contract/users.js';
import { useSaveError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { useCreateUser, useUpdateUser } from './useUsers.js';

interface Values {
  username?: string;
  fullName: string;
  email?: string | null;
  password?: string;
  unitId: string | null;
  scopeUnitId?: string | null;
  roles: Role[];
  active?: boolean;
}

/** Creates a login, or edits one (roles, units, lock, password reset). */
export function UserFormModal({ open, onClose, user }: { open: boolean; onClose: () => void; user?: User }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');

  const onError = (error: unknown) => saveError(error, form, onClose);

  const onSaved = (saved: User) => {
    void message.success(t(user ? 'user.updated' : 'user.created', { name: saved.username }));
    onClose();
  };

  const onFinish = (values: Values) => {
    if (!user) {
      create.mutate(
        {
          username: values.username!,
          fullName: values.fullName,
          email: values.email ?? null,
          password: values.password!,
          unitId: values.unitId!,
          scopeUnitId: values.scopeUnitId ?? null,
          roles: values.roles,
        },
        { onSuccess: onSaved, onError },
      );
      return;
    }
    update.mutate(
      {
        version: user.version,
        fullName: values.fullName,
        email: values.email ?? null,
        unitId: values.unitId!,
        ...(values.scopeUnitId ? { scopeUnitId: values.scopeUnitId } : {}),
        roles: values.roles,
        active: values.active,
        ...(values.password ? { password: values.password } : {}),
      },
      { onSuccess: onSaved, onError },
    );
  };

  const known: UnitOption[] = user
    ? [
        { id: user.unitId, name: user.unitName },
        { id: user.scopeUnitId, name: user.scopeUnitName },
      ]
    : [];
  const required = { required: true, message: t('common.required') };

  return (
    <FormModal open={open} title={user ? t('user.editTitle', { name: user.username }) : t('user.createTitle')} form={form} onClose={onClose} pending={create.isPending || update.isPending} width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        autoComplete="off"
        initialValues={
          user
            ? { fullName: user.fullName, email: user.email, unitId: user.unitId, scopeUnitId: user.scopeUnitId, roles: user.roles, active: user.active }
            : { roles: [], unitId: null, scopeUnitId: null }
        }
      >
        {!user && (
          <Form.Item label={t('user.username')} name="username" rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
        )}
        <Form.Item label={t('user.fullName')} name="fullName" rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('user.email')} name="email" extra={t('user.emailHint')} rules={[{ type: 'email', message: t('user.emailInvalid') }]}>
          <Input maxLength={254} type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={user ? t('user.newPassword') : t('user.password')}
          name="password"
          extra={user ? t('user.newPasswordHint') : undefined}
          rules={[...(user ? [] : [required]), { min: 8, message: t('password.minLength') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('user.unit')} name="unitId" rules={[required]}>
          <UnitSelect known={known} status="all" />
        </Form.Item>
        <Form.Item label={t('user.scopeUnit')} name="scopeUnitId" extra={t('user.scopeUnitHint')}>
          <UnitSelect known={known} status="all" />
        </Form.Item>
        <Form.Item label={t('user.roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('user.rolesRequired') }]}>
          <Select<Role[]> mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        {user && (
          <Form.Item label={t('user.active')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('user.activeYes')} unCheckedChildren={t('user.activeNo')} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
