import { App, Button, Col, Form, Row } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useShowError } from '../../app/useShowError.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { todayValue } from '../../lib/dates.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useSession } from '../session/useSession.js';
import { NominationEligibilityCard } from './NominationEligibilityCard.js';
import { NominationForm } from './NominationForm.js';
import { defaultListYear, toCreateBody, type NominationFormValues } from './nomination-form.js';
import { useCreateNomination } from './useNominations.js';
import { useServerFieldErrors } from './useServerFieldErrors.js';

/** Lập đề nghị: the draft is stored on the first save, which also checks eligibility; the page then becomes the draft's own. */
export function NominationNewPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  const catalogue = useAwardCatalogue();
  const [form] = Form.useForm<NominationFormValues>();
  const errors = useServerFieldErrors(form);
  const create = useCreateNomination();

  const initialValues = useMemo<NominationFormValues>(() => {
    const today = todayValue();
    const year = Number(params.get('year'));
    return {
      proposingUnitId: user.scopeUnitId,
      nomineeKind: 'person',
      // The list passes the year it shows; else last year, the year year-end proposals are about.
      year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : defaultListYear(today.year(), false),
      awardKind: 'regular',
      proposedOn: today,
      report: { summary: '', achievements: '', priorAwards: '' },
    };
  }, [params, user.scopeUnitId]);

  const onFinish = (values: NominationFormValues) => {
    errors.clear();
    create.mutate(toCreateBody(values), {
      onSuccess: (n) => {
        void message.success(t('nomination.created'));
        void navigate(PATHS.nomination(n.id), { replace: true });
      },
      onError: (error) => {
        errors.apply(error);
        showError(error);
      },
    });
  };

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.nominations}>{t('nav.nominations')}</Link>}
        title={t('nomination.newTitle')}
        extra={
          <Button type="primary" onClick={() => form.submit()} loading={create.isPending} data-testid="nomination-save">
            {t('common.save')}
          </Button>
        }
      />
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={15}>
          <NominationForm
            form={form}
            initialValues={initialValues}
            scopeUnit={{ id: user.scopeUnitId, name: user.scopeUnitName }}
            awards={catalogue.data?.items ?? []}
            awardsLoading={catalogue.isPending}
            showJustification={false}
            generalErrors={errors.general}
            onFinish={onFinish}
            onEdit={() => undefined}
          />
        </Col>
        <Col xs={24} xl={9}>
          <NominationEligibilityCard nomination={null} awards={catalogue.data?.items ?? []} stale={false} />
        </Col>
      </Row>
    </>
  );
}
