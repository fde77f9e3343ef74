import { App, Flex, Form, Input, InputNumber, Typography } from 'antd';
import type { Council } from '../../../contract/councils.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { useCreateCouncil, useUpdateCouncil } from './useCouncils.js';

interface Values {
  unitId: string | null;
  name: string;
  quorumNumerator: number;
  quorumDenominator: number;
}

/** Creates a council for a unit of the scope, or renames one and changes its quorum (tỷ lệ có mặt tối thiểu). */
export function CouncilFormModal({ council, onClose, onSaved }: { council?: Council; onClose: () => void; onSaved?: (council: Council) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateCouncil();
  const update = useUpdateCouncil(council?.id ?? '');

  const onFinish = (v: Values) => {
    const onSuccess = (saved: Council) => {
      void message.success(`${t('common.saved')}: ${saved.name}`);
      onClose();
      onSaved?.(saved);
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    const common = { name: v.name.trim(), quorumNumerator: v.quorumNumerator, quorumDenominator: v.quorumDenominator };
    if (council) update.mutate({ ...common, version: council.version }, { onSuccess, onError });
    else create.mutate({ ...common, unitId: v.unitId!, members: [] }, { onSuccess, onError });
  };

  return (
    <FormModal
      open
      title={council ? t('council.editTitle') : t('council.createTitle')}
      form={form}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          council
            ? { unitId: council.unitId, name: council.name, quorumNumerator: council.quorumNumerator, quorumDenominator: council.quorumDenominator }
            : { unitId: user.scopeUnitId, name: t('council.defaultName'), quorumNumerator: 2, quorumDenominator: 3 }
        }
      >
        <Form.Item label={t('council.unit')} name="unitId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect
            aria-label={t('council.unit')}
            ancestorId={user.scopeUnitId}
            known={[{ id: user.scopeUnitId, name: user.scopeUnitName }, ...(council ? [{ id: council.unitId, name: council.unitName }] : [])]}
            allowClear={false}
            disabled={Boolean(council)}
          />
        </Form.Item>
        <Form.Item label={t('council.name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('council.quorum')} extra={t('council.quorumHelp')} required>
          <Flex gap={8} align="center">
            <Form.Item name="quorumNumerator" noStyle rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber aria-label={t('council.quorumNumerator')} min={1} max={100} precision={0} style={{ width: 90 }} />
            </Form.Item>
            <Typography.Text aria-hidden>/</Typography.Text>
            <Form.Item
              name="quorumDenominator"
              noStyle
              dependencies={['quorumNumerator']}
              rules={[
                { required: true, message: t('common.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null) =>
                    value != null && value < (getFieldValue('quorumNumerator') as number) ? Promise.reject(new Error(t('council.quorumOver'))) : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber aria-label={t('council.quorumDenominator')} min={1} max={100} precision={0} style={{ width: 90 }} />
            </Form.Item>
            <Typography.Text type="secondary">{t('council.quorumOfMembers')}</Typography.Text>
          </Flex>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
