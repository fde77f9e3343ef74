import { Alert, Card, Empty, Typography } from 'antd';
import type { Award } from '../../../contract/awards.js';
import type { Nomination } from '../../../contract/nominations.js';
import { useT } from '../../i18n/useT.js';
import { EligibilityResult } from '../awards/EligibilityResult.js';

interface Props {
  nomination: Nomination | null;
  awards: Award[];
  /** The form changed after the last save: the stored verdict may not answer what is on screen. */
  stale: boolean;
}

/** The stored eligibility verdict (run on each save and on submit), every reason with its article. */
export function NominationEligibilityCard({ nomination, awards, stale }: Props) {
  const t = useT();
  const result = nomination?.eligibility ?? null;
  return (
    <Card size="small" title={t('nomination.eligibilityCard')} style={{ marginBottom: 16 }} data-testid="nomination-eligibility">
      {!result || !nomination ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nomination.eligibilityNone')} />
      ) : (
        <>
          {stale && <Alert type="warning" showIcon title={t('nomination.eligibilityStale')} style={{ marginBottom: 12 }} />}
          {nomination.flagged && (
            <Alert type="info" showIcon title={t('nomination.flaggedHint')} style={{ marginBottom: 12 }} />
          )}
          <EligibilityResult
            result={result}
            // What the check was asked: the award and date of the proposal, the members of a collective.
            request={{ award: nomination.awardCode, asOf: nomination.proposedOn, nominee: nomination.nominee, members: nomination.members }}
            requestIsCase={false}
            award={awards.find((a) => a.code === result.award)}
            stale={false}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {t('nomination.eligibilityFromHistory')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
