import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Report } from '../../../contract/reporting.js';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { ReviewCommentModal } from './ReviewCommentModal.js';
import { useReviewReport, type ReviewAction } from './useReports.js';

/**
 * For whoever receives the report: trả lại (with a comment the unit must read), tiếp nhận, and mở
 * lại (after the lock date, or once accepted) so the unit may change it again.
 */
export function ReportReviewBar({ report, onStale }: { report: Report; onStale: () => Promise<void> }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const review = useReviewReport(report.id);
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null);

  const canDecide = report.can.review && report.status === 'submitted';
  if (!canDecide && !report.can.reopen) return null;

  const run = (action: ReviewAction, done: string) =>
    review.mutate(action, {
      onSuccess: () => {
        setAsking(null);
        void message.success(done);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.isStaleVersion) {
          setAsking(null);
          void onStale();
        } else showError(error);
      },
    });

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong style={{ marginInlineEnd: 8 }}>
          {t('report.review')}
        </Typography.Text>
        {canDecide && (
          <>
            <Button type="primary" loading={review.isPending && review.variables?.action === 'accept'} onClick={() => run({ action: 'accept', body: { version: report.version } }, t('report.acceptedDone'))}>
              {t('report.accept')}
            </Button>
            <Button danger onClick={() => setAsking('return')}>
              {t('report.return')}
            </Button>
          </>
        )}
        {report.can.reopen && <Button onClick={() => setAsking('reopen')}>{t('report.reopen')}</Button>}
      </Flex>
      <ReviewCommentModal
        open={asking === 'return'}
        title={t('report.returnTitle')}
        hint={t('report.returnHint')}
        required
        pending={review.isPending}
        onClose={() => setAsking(null)}
        onSubmit={(comment) => run({ action: 'return', body: { version: report.version, comment } }, t('report.returnedDone'))}
      />
      <ReviewCommentModal
        open={asking === 'reopen'}
        title={t('report.reopenTitle')}
        hint={t('report.reopenHint')}
        required={false}
        pending={review.isPending}
        onClose={() => setAsking(null)}
        onSubmit={(comment) => run({ action: 'reopen', body: { version: report.version, comment: comment || null } }, t('report.reopenedDone'))}
      />
    </Card>
  );
}
