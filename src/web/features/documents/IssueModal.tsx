import { App, DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Document } from '../../../contract/documents.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, todayValue, toIsoDate } from '../../lib/dates.js';
import { useIssueDocument } from './useDocuments.js';

/** Ban hành: confirms the issue date; the server gives the number and delivers the document. */
export function IssueModal({ document, onClose }: { document: Document; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<{ issuedOn: Dayjs }>();
  const issue = useIssueDocument(document.id);
  return (
    <FormModal open title={t('document.issueTitle')} form={form} onClose={onClose} pending={issue.isPending} width={480} okText={t('document.issue')}>
      <Typography.Paragraph type="secondary">{t('document.issueHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: todayValue() }}
        onFinish={(v) =>
          issue.mutate(
            { version: document.version, issuedOn: toIsoDate(v.issuedOn) ?? undefined },
            {
              onSuccess: (issued) => {
                void message.success(t('document.issued', { number: issued.fullNumber ?? '' }));
                onClose();
              },
              onError: (error: unknown) => saveError(error, form, onClose),
            },
          )
        }
      >
        <Form.Item label={t('document.issuedOn')} name="issuedOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_FORMAT} aria-label={t('document.issuedOn')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
