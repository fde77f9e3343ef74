import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Result, Typography, theme } from 'antd';
import { useState } from 'react';
import type { Award, EligibilityResult as Verdict } from '../../../contract/awards.js';
import { useT } from '../../i18n/useT.js';

// antd's Result colours match the three answers: green, red, orange.
const RESULT_STATUS = { eligible: 'success', not_eligible: 'error', hold: 'warning' } as const;

interface Props {
  result: Verdict;
  /** The body that was sent (an EligibilityInput, or a check from stored history), shown as JSON. */
  request: unknown;
  /** The request is a whole case, usable as the file of `thidua eligibility` (not a check from stored history). */
  requestIsCase?: boolean;
  award: Award | undefined;
  /** The form changed after this answer: it may no longer be the answer to what is on screen. */
  stale: boolean;
}

/** The verdict: status, the decree applied, who decides, and each criterion with its article. */
export function EligibilityResult({ result, request, requestIsCase = true, award, stale }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const [showJson, setShowJson] = useState(false);
  return (
    <section aria-label={t('award.result')}>
      {stale && <Alert type="warning" showIcon title={t('award.stale')} style={{ marginBottom: 12 }} />}
      <Result
        status={RESULT_STATUS[result.status]}
        title={t(`award.status.${result.status}`)}
        subTitle={award ? `${award.name} (${award.code})` : result.award}
        style={{ padding: '16px 8px' }}
      />
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'ruleSet', label: t('award.ruleSet'), children: t(`award.ruleSet.${result.ruleSet}`) },
          { key: 'decidedBy', label: t('award.decidedBy'), children: result.decidedBy },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('award.reasons')}
      </Typography.Title>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 16px' }}>
        {result.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 8 }}>
            {r.met ? (
              <CheckCircleFilled aria-label={t('award.met')} style={{ color: token.colorSuccess }} />
            ) : (
              <CloseCircleFilled aria-label={t('award.notMet')} style={{ color: token.colorError }} />
            )}
            <div>
              <div>{r.message}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.article}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
      <Button size="small" aria-expanded={showJson} onClick={() => setShowJson((v) => !v)}>
        {showJson ? t('award.hideJson') : t('award.showJson')}
      </Button>
      {showJson && (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <JsonBlock title={t(requestIsCase ? 'award.jsonRequest' : 'award.jsonRequestPlain')} value={request} />
          <JsonBlock title={t('award.jsonResponse')} value={result} />
        </Flex>
      )}
    </section>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <div>
      <Typography.Text strong copyable={{ text }}>
        {title}
      </Typography.Text>
      <pre style={{ margin: '4px 0 0', padding: 8, maxHeight: 320, overflow: 'auto', fontSize: 12, background: 'rgba(0, 0, 0, 0.04)', borderRadius: 4 }}>{text}</pre>
    </div>
  );
}
