import { App, Form, Input, InputNumber, Typography } from 'antd';
import type { Criterion } from '../../../contract/covenants.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { points } from './covenant-parts.js';
import { useAdjustScore } from './useCovenants.js';

interface Values {
  score: number;
  reason: string;
}

/** The server's rule, checked here first so the user sees it on the field. */
export const MIN_REASON_LENGTH = 10;

/** Điều chỉnh điểm of one criterion of one unit, within the criterion's bounds and with a written reason. */
export function AdjustScoreModal({
  covenantId,
  unitId,
  unitName,
  criterion,
  current,
  onClose,
}: {
  covenantId: string;
  unitId: string;
  unitName: string;
  criterion: Criterion;
  current: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const adjust = useAdjustScore(covenantId);

  const onFinish = (v: Values) =>
    adjust.mutate(
      { unitId, criterionId: criterion.id, score: v.score, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('covenant.adjust.done'));
          onClose();
        },
        onError: (error) => saveError(error, form),
      },
    );

  return (
    <FormModal
      open
      title={t('covenant.adjust.title', { code: criterion.code, unit: unitName })}
      form={form}
      onClose={onClose}
      pending={adjust.isPending}
      okText={t('covenant.adjust.save')}
    >
      <Typography.Paragraph>
        {criterion.name}
        <br />
        <Typography.Text type="secondary">{t('covenant.adjust.current', { score: current === null ? '—' : points(current), max: points(criterion.maxPoints) })}</Typography.Text>
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ score: current ?? undefined }}>
        <Form.Item label={t('covenant.adjust.score')} name="score" rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber aria-label={t('covenant.adjust.score')} min={0} max={criterion.maxPoints} precision={2} decimalSeparator="," style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('covenant.adjust.reason')}
          name="reason"
          required
          rules={[
            { validator: (_, v: string | undefined) => ((v ?? '').trim().length >= MIN_REASON_LENGTH ? Promise.resolve() : Promise.reject(new Error(t('covenant.adjust.reasonShort')))) },
          ]}
        >
          <Input.TextArea aria-label={t('covenant.adjust.reason')} rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
