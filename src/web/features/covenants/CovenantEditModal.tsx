import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Covenant } from '../../../contract/covenants.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { useUpdateCovenant } from './useCovenants.js';

interface Values {
  title: string;
  scoringDeadline: Dayjs;
}

/** Renames the covenant or moves its deadline (while drafting or scoring). */
export function CovenantEditModal({ covenant, onClose }: { covenant: Covenant; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const update = useUpdateCovenant(covenant.id);

  const onFinish = (v: Values) =>
    update.mutate(
      { title: v.title.trim(), scoringDeadline: toIsoDate(v.scoringDeadline)!, version: covenant.version },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => saveError(error, form, onClose),
      },
    );

  return (
    <FormModal open title={t('covenant.editTitle')} form={form} onClose={onClose} pending={update.isPending}>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ title: covenant.title, scoringDeadline: fromIsoDate(covenant.scoringDeadline) }}>
        <Form.Item label={t('covenant.title')} name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('covenant.deadline')} name="scoringDeadline" extra={t('covenant.deadlineHelp')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker aria-label={t('covenant.deadline')} format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
