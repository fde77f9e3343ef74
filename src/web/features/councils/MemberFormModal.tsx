import { App, Form, Input, Select, Typography } from 'antd';
import type { Council } from '../../../contract/councils.js';
import { useState } from 'react';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { COUNCIL_ROLES, type CouncilMember, type CouncilRole } from './council-format.js';
import { useAddCouncilMember, useCouncilAccounts, useUpdateCouncilMember } from './useCouncils.js';

interface Values {
  fullName: string;
  position?: string;
  role: CouncilRole;
  userId?: string | null;
  homeUnitId?: string | null;
}

interface Props {
  council: Council;
  member?: CouncilMember;
  /** "Name (username)" of the member's linked account, when known. */
  linkedName?: string;
  onClose: () => void;
}

/** Adds a member to the council or edits one (name, position, role, voting account, home unit). */
export function MemberFormModal({ council, member, linkedName, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const add = useAddCouncilMember(council.id);
  const update = useUpdateCouncilMember(council.id);

  // Only managers reach this form; the accounts are searched on the server as the name is typed.
  const [search, setSearch] = useState('');
  const accounts = useCouncilAccounts(council.id, search.trim(), council.canManage);
  const users = council.canManage ? (accounts.data?.items ?? []) : null;
  const userOptions = (users ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username}) – ${u.unitName}` }));
  if (member?.userId && !userOptions.some((o) => o.value === member.userId)) {
    userOptions.unshift({ value: member.userId, label: linkedName ?? t('council.member.hasUser') });
  }

  const onFinish = (v: Values) => {
    const body = {
      fullName: v.fullName.trim(),
      position: v.position?.trim() || null,
      role: v.role,
      homeUnitId: v.homeUnitId ?? null,
      // Without the list of accounts the field is not on the form: keep the link the member has.
      ...(users ? { userId: v.userId ?? null } : member ? {} : { userId: null }),
    };
    const onSuccess = () => {
      void message.success(`${t('common.saved')}: ${body.fullName}`);
      onClose();
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    if (member) update.mutate({ memberId: member.id, body: { ...body, version: member.version } }, { onSuccess, onError });
    else add.mutate(body, { onSuccess, onError });
  };

  return (
    <FormModal
      open
      title={member ? t('council.member.editTitle', { name: member.fullName }) : t('council.member.addTitle')}
      form={form}
      onClose={onClose}
      pending={add.isPending || update.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          member
            ? { fullName: member.fullName, position: member.position ?? undefined, role: member.role, userId: member.userId, homeUnitId: member.homeUnitId }
            : { role: 'member', userId: null, homeUnitId: null }
        }
      >
        <Form.Item label={t('council.member.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('council.member.position')} name="position">
          <Input maxLength={300} placeholder={t('council.member.positionPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('council.member.role')} name="role" rules={[{ required: true, message: t('common.required') }]}>
          <Select<CouncilRole> options={COUNCIL_ROLES.map((r) => ({ value: r, label: t(`council.role.${r}`) }))} />
        </Form.Item>
        {users ? (
          <Form.Item label={t('council.member.user')} name="userId" extra={t('council.member.userHelp')}>
            <Select<string | null>
              allowClear
              showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
              loading={accounts.isFetching}
              options={userOptions}
              placeholder={t('council.member.noUser')}
              notFoundContent={accounts.isFetching ? undefined : t('council.member.noAccountFound')}
            />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('council.member.userAdminOnly')}</Typography.Paragraph>
        )}
        <Form.Item label={t('council.member.homeUnit')} name="homeUnitId" extra={t('council.member.homeUnitHelp')}>
          <UnitSelect
            aria-label={t('council.member.homeUnit')}
            known={member?.homeUnitId ? [{ id: member.homeUnitId, name: member.homeUnitName ?? member.homeUnitId }] : []}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
