import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  open: boolean;
  title: string;
  hint: string;
  /** Trả lại needs a comment; mở lại takes one if given. */
  required: boolean;
  pending: boolean;
  onClose: () => void;
  onSubmit: (comment: string) => void;
}

/** Asks the reviewer's comment (ý kiến) for returning or reopening a report. */
export function ReviewCommentModal({ open, title, hint, required, pending, onClose, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <FormModal open={open} title={title} form={form} onClose={onClose} pending={pending} okText={t('report.confirm')}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onSubmit((v.comment ?? '').trim())}>
        <Form.Item
          label={t('report.comment')}
          name="comment"
          rules={required ? [{ required: true, whitespace: true, message: t('report.commentRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
