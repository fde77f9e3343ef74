import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Card, Flex, Input, Typography } from 'antd';
import type { FieldErrors } from '../../../contract/errors.js';
import type { ValidationIssue } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  /** What the server says blocks sending (its warnings are not used: see `warnings`). */
  issues: ValidationIssue[];
  /** Every warning the current figures raise, explained or not. */
  warnings: ValidationIssue[];
  warningComments: Record<string, string>;
  editable: boolean;
  fieldErrors: FieldErrors;
  onComment: (code: string, text: string) => void;
}

/**
 * Kiểm tra số liệu: errors (red) block submission; each warning (orange) needs a written explanation
 * (giải trình), typed here. Errors the server gave on the last save or submit are listed too.
 */
export function ValidationPanel({ issues, warnings, warningComments, editable, fieldErrors, onComment }: Props) {
  const t = useT();
  const errors = issues.filter((i) => i.severity === 'error');
  const refused = [...new Set(Object.values(fieldErrors))];

  return (
    <Card size="small" title={t('report.checks')} style={{ marginBottom: 16 }}>
      {refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('report.refused')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {refused.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {errors.length === 0 && warnings.length === 0 && refused.length === 0 && (
        <Typography.Text type="secondary">{t('report.checksNone')}</Typography.Text>
      )}
      {errors.length > 0 && (
        <section aria-label={t('report.checksErrors')} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('report.checksErrors')}</Typography.Text>
          {errors.map((issue, i) => (
            <Flex key={`${issue.code}-${issue.field}-${i}`} gap={6} align="baseline" style={{ marginTop: 4 }}>
              <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />
              <Typography.Text type="danger">{issue.message}</Typography.Text>
            </Flex>
          ))}
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-label={t('report.checksWarnings')}>
          <Typography.Text strong>{t('report.checksWarnings')}</Typography.Text>
          {warnings.map((issue) => {
            const comment = warningComments[issue.code] ?? '';
            const error = fieldErrors[`warningComments.${issue.code}`];
            return (
              <Flex key={issue.code} vertical gap={4} style={{ marginTop: 8 }}>
                <Flex gap={6} align="baseline">
                  <WarningFilled style={{ color: '#d46b08' }} aria-hidden />
                  <Typography.Text style={{ color: '#d46b08' }}>{issue.message}</Typography.Text>
                </Flex>
                {editable ? (
                  <>
                    <Input.TextArea
                      aria-label={t('report.explain', { message: issue.message })}
                      placeholder={t('report.explainPlaceholder')}
                      value={comment}
                      onChange={(e) => onComment(issue.code, e.target.value)}
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      maxLength={2000}
                      status={error || !comment.trim() ? 'warning' : undefined}
                    />
                    {(error || !comment.trim()) && (
                      <Typography.Text type={error ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                        {error ?? t('report.explainNeeded')}
                      </Typography.Text>
                    )}
                  </>
                ) : (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {comment ? t('report.explanation', { text: comment }) : t('report.explainNeeded')}
                  </Typography.Text>
                )}
              </Flex>
            );
          })}
        </section>
      )}
    </Card>
  );
}
