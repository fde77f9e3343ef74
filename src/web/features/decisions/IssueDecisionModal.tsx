import { Alert, App, DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Decision } from '../../../contract/decisions.js';
import { useShowError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, todayValue, toIsoDate } from '../../lib/dates.js';
import { formatMoney } from './money.js';
import { useIssueDecision } from './useDecisions.js';

/**
 * Ban hành: the register gives the number; the awardees go into the award history, their
 * nominations are decided and the fund pays out, all at once. Amounts follow the base salary in
 * force on the issue date.
 */
export function IssueDecisionModal({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ issuedOn: Dayjs }>();
  const issue = useIssueDecision(decision.id);

  return (
    <FormModal open title={t('decision.issueTitle')} form={form} onClose={onClose} pending={issue.isPending} width={520} okText={t('decision.issue')}>
      <Typography.Paragraph>{t('decision.issueHint', { count: decision.awardees.length, total: formatMoney(decision.totalAmount) })}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('decision.issueFinal')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: todayValue() }}
        onFinish={(v) =>
          issue.mutate(
            { version: decision.version, documentVersion: decision.documentVersion ?? 1, issuedOn: toIsoDate(v.issuedOn) ?? undefined },
            {
              onSuccess: (issued) => {
                void message.success(t('decision.issued', { number: issued.numberText ?? '' }));
                onClose();
              },
              // The decision is read again after any answer: a stale version shows the fresh one to retry.
              onError: (error) => showError(error),
            },
          )
        }
      >
        <Form.Item label={t('decision.issuedOn')} name="issuedOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_FORMAT} aria-label={t('decision.issuedOn')} allowClear={false} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
