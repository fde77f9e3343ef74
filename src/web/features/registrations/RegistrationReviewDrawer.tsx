import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import type { Indicator } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useSaveError, useShowError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { RegistrationContent } from './RegistrationContent.js';
import { RegistrationStatusTag } from './RegistrationStatusTag.js';
import { useRegistration, useRegistrationAction } from './useRegistrations.js';

interface Props {
  registrationId: string;
  indicators: Indicator[];
  onClose: () => void;
}

/** One unit's registration as the launching side reviews it: return it with a comment, or approve it. */
export function RegistrationReviewDrawer({ registrationId, indicators, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const saveError = useSaveError();
  const registration = useRegistration(registrationId);
  const approve = useRegistrationAction(registrationId, 'approve');
  const giveBack = useRegistrationAction(registrationId, 'return');
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const r = registration.data;

  const onReturn = ({ comment }: { comment: string }) =>
    giveBack.mutate(
      { version: r!.version, comment },
      {
        onSuccess: () => {
          void message.success(t('registration.returned'));
          setReturning(false);
        },
        onError: (e) => saveError(e, form, () => setReturning(false)),
      },
    );

  return (
    <Drawer
      open
      size={720}
      title={r ? `${r.unitName} — ${r.year}` : t('registration.title')}
      onClose={onClose}
      extra={
        r?.can.review && (
          <Flex gap={8}>
            <Button onClick={() => setReturning(true)}>{t('registration.return')}</Button>
            <Popconfirm
              title={t('registration.approveConfirm', { unit: r.unitName })}
              okText={t('registration.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                approve
                  .mutateAsync({ version: r.version }, { onSuccess: () => void message.success(t('registration.approved')), onError: (e) => showError(e) })
                  .catch(() => undefined)
              }
            >
              <Button type="primary" loading={approve.isPending}>
                {t('registration.approve')}
              </Button>
            </Popconfirm>
          </Flex>
        )
      }
    >
      {registration.isPending && <PageSpin />}
      {registration.isError && <QueryError error={registration.error} onRetry={() => void registration.refetch()} />}
      {r && (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'movement', label: t('registration.movement'), children: r.movementName },
              { key: 'status', label: t('registration.status'), children: <RegistrationStatusTag status={r.status} /> },
              { key: 'submitted', label: t('registration.submittedAt'), children: formatDateTimeVi(r.submittedAt) },
              ...(r.reviewedAt ? [{ key: 'reviewed', label: t('registration.reviewedAt'), children: formatDateTimeVi(r.reviewedAt) }] : []),
            ]}
          />
          {r.reviewComment && <Alert type="warning" showIcon title={t('registration.reviewComment')} description={r.reviewComment} style={{ marginBottom: 16 }} />}
          <RegistrationContent registration={r} indicators={indicators} />
        </>
      )}
      {returning && r && (
        <FormModal open title={t('registration.returnTitle', { unit: r.unitName })} form={form} onClose={() => setReturning(false)} pending={giveBack.isPending} okText={t('registration.return')}>
          <Form form={form} layout="vertical" onFinish={onReturn}>
            <Form.Item label={t('registration.comment')} name="comment" rules={[{ required: true, whitespace: true, message: t('registration.commentRequired') }]}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </Form>
        </FormModal>
      )}
    </Drawer>
  );
}
