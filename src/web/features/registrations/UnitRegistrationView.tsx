import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Popconfirm } from 'antd';
import type { Movement, Registration } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useSaveError } from '../../app/useShowError.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { contentOf, RegistrationForm, type RegistrationValues } from './RegistrationForm.js';
import { RegistrationStatusTag } from './RegistrationStatusTag.js';
import { useCreateRegistration, useRegistrationAction, useRegistrationList, useUpdateRegistration } from './useRegistrations.js';

interface Props {
  movement: Movement;
  year: number;
  unit: { id: string; name: string };
}

/** A unit's own registration for a movement and year: open it, fill it in, save, send. */
export function UnitRegistrationView({ movement, year, unit }: Props) {
  const t = useT();
  const saveError = useSaveError();
  const list = useRegistrationList({ movementId: movement.id, unitId: unit.id, year });
  const create = useCreateRegistration();
  const [form] = Form.useForm<RegistrationValues>();

  if (list.isPending) return <PageSpin />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const registration = list.data.items[0];

  if (!registration) {
    return (
      <Card size="small">
        <Empty description={t('registration.noneYet', { unit: unit.name, year })}>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { movementId: movement.id, unitId: unit.id, year, commitments: [], titles: [] },
                { onError: (e) => saveError(e, form) },
              )
            }
          >
            {t('registration.open')}
          </Button>
        </Empty>
      </Card>
    );
  }
  // Keyed by version: the form starts again from what the server holds after every save or review.
  return <Editor key={`${registration.id}:${registration.version}`} registration={registration} movement={movement} onStale={() => void list.refetch()} />;
}

function Editor({ registration: r, movement, onStale }: { registration: Registration; movement: Movement; onStale: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<RegistrationValues>();
  const update = useUpdateRegistration(r.id);
  const submit = useRegistrationAction(r.id, 'submit');

  const save = async (): Promise<Registration | null> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return null;
    return update.mutateAsync({ ...contentOf(values), version: r.version }).catch((e: unknown) => {
      saveError(e, form, onStale);
      return null;
    });
  };
  const onSave = async () => {
    if (await save()) void message.success(t('common.saved'));
  };
  // Sending saves first, so what is sent is what is on the screen.
  const onSubmit = async () => {
    const saved = await save();
    if (!saved) return;
    await submit
      .mutateAsync({ version: saved.version })
      .then(() => void message.success(t('registration.sent')))
      .catch((e: unknown) => saveError(e, form, onStale));
  };

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'unit', label: t('registration.unit'), children: r.unitName },
              { key: 'status', label: t('registration.status'), children: <RegistrationStatusTag status={r.status} /> },
              { key: 'submitted', label: t('registration.submittedAt'), children: formatDateTimeVi(r.submittedAt) },
            ]}
          />
          {r.can.edit && (
            <Flex gap={8}>
              <Button onClick={() => void onSave()} loading={update.isPending && !submit.isPending}>
                {t('common.save')}
              </Button>
              <Popconfirm title={t('registration.submitConfirm')} okText={t('registration.submit')} cancelText={t('common.cancel')} onConfirm={() => void onSubmit()}>
                <Button type="primary" loading={submit.isPending}>
                  {t('registration.submit')}
                </Button>
              </Popconfirm>
            </Flex>
          )}
        </Flex>
      </Card>
      {r.status === 'returned' && r.reviewComment && (
        <Alert type="warning" showIcon title={t('registration.returnedWith')} description={r.reviewComment} style={{ marginBottom: 16 }} />
      )}
      {r.status === 'pending' && <Alert type="info" showIcon title={t('registration.pendingNote')} style={{ marginBottom: 16 }} />}
      <RegistrationForm form={form} registration={r} indicators={movement.indicators} disabled={!r.can.edit} />
    </>
  );
}
