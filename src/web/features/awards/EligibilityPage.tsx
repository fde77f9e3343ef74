import { Card, Col, Empty, Form, Row, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import type { AwardCode, EligibilityInput, EligibilityResult as Verdict } from '../../../contract/awards.js';
import { todayInVietnam } from '../../../core/dates.js';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { AwardCatalogue } from './AwardCatalogue.js';
import { EligibilityForm } from './EligibilityForm.js';
import { EligibilityResult } from './EligibilityResult.js';
import { splitFieldErrors, toEligibilityInput, type EligibilityValues } from './eligibility-form.js';
import { useAwardCatalogue, useCheckEligibility } from './useAwards.js';

/** Xét điều kiện khen thưởng: one case in, the verdict with its reasons out; nothing is stored. */
export function EligibilityPage() {
  const t = useT();
  const showError = useShowError();
  const catalogue = useAwardCatalogue();
  const check = useCheckEligibility();
  const [form] = Form.useForm<EligibilityValues>();
  const [answer, setAnswer] = useState<{ request: EligibilityInput; result: Verdict } | null>(null);
  const [stale, setStale] = useState(false);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const resultRef = useRef<HTMLDivElement>(null);
  const awards = catalogue.data?.items ?? [];

  const onCheck = (values: EligibilityValues & { award: AwardCode }) => {
    const request = toEligibilityInput(values, todayInVietnam());
    setGeneralErrors([]);
    check.mutate(request, {
      onSuccess: (result) => {
        setAnswer({ request, result });
        setStale(false);
        // Below the form on a narrow screen, or above a long form scrolled down: bring it into view.
        resultRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      },
      onError: (error) => {
        // The paths the server names (`ratings.0.rating`) are the form's own: mark those inputs.
        const split = splitFieldErrors(error instanceof ApiError ? error.fields : undefined);
        // Typed field names cannot spell a list row chosen at run time; the untyped form takes any path.
        (form as FormInstance).setFields(split.onFields);
        setGeneralErrors(split.general);
        showError(error);
      },
    });
  };

  return (
    <>
      <PageHeader title={t('award.eligibilityTitle')} />
      {catalogue.isError && <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={14}>
          <EligibilityForm
            form={form}
            awards={awards}
            awardsLoading={catalogue.isPending}
            submitting={check.isPending}
            generalErrors={generalErrors}
            onCheck={onCheck}
            onEdit={() => setStale(answer !== null)}
          />
        </Col>
        <Col xs={24} xl={10} ref={resultRef}>
          <Card size="small" title={t('award.result')}>
            {answer ? (
              <EligibilityResult
                result={answer.result}
                request={answer.request}
                award={awards.find((a) => a.code === answer.result.award)}
                stale={stale}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('award.empty')} />
            )}
          </Card>
        </Col>
      </Row>
      <AwardCatalogue awards={awards} loading={catalogue.isPending} />
    </>
  );
}
