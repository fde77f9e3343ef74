import { Alert, App, Button, Col, Form, Popconfirm, Row } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Nomination } from '../../../contract/nominations.js';
import { ApiError } from '../../api/client.js';
import { errorText, useShowError } from '../../app/useShowError.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useSession } from '../session/useSession.js';
import { NominationEligibilityCard } from './NominationEligibilityCard.js';
import { NominationFiles } from './NominationFiles.js';
import { NominationForm } from './NominationForm.js';
import { NominationOutcome } from './NominationOutcome.js';
import { NominationReviewBar } from './NominationReviewBar.js';
import { EligibilityTag, NominationStatusTag } from './NominationTags.js';
import { NominationTimeline } from './NominationTimeline.js';
import { NominationView } from './NominationView.js';
import { needsJustification, submitErrorLines, toUpdateBody, valuesOf, type NominationFormValues } from './nomination-form.js';
import { useDeleteNomination, useNomination, useSubmitNominations, useUpdateNomination } from './useNominations.js';
import { useServerFieldErrors } from './useServerFieldErrors.js';

/** Một đề nghị khen thưởng: edited and sent by the proposing unit while a draft; reviewed by the level above. */
export function NominationPage() {
  const { id = '' } = useParams();
  // A new id is a new nomination: start its form afresh rather than carry edits across.
  return <NominationLoader key={id} id={id} />;
}

function NominationLoader({ id }: { id: string }) {
  const t = useT();
  const nomination = useNomination(id);
  if (nomination.isPending) return <PageSpin />;
  if (nomination.isError) {
    return (
      <>
        <Link to={PATHS.nominations}>{t('common.back')}</Link>
        <QueryError error={nomination.error} onRetry={() => void nomination.refetch()} />
      </>
    );
  }
  return <NominationEditor nomination={nomination.data} refetch={async () => (await nomination.refetch()).data} />;
}

function NominationEditor({ nomination: n, refetch }: { nomination: Nomination; refetch: () => Promise<Nomination | undefined> }) {
  const t = useT();
  const { message, modal, notification } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const { user } = useSession();
  const catalogue = useAwardCatalogue();
  const awards = catalogue.data?.items ?? [];
  const [form] = Form.useForm<NominationFormValues>();
  const errors = useServerFieldErrors(form);
  const update = useUpdateNomination(n.id);
  const submit = useSubmitNominations();
  const remove = useDeleteNomination(n.id);
  const [dirty, setDirty] = useState(false);
  // The form starts from the nomination as loaded; later answers are put on it by the save itself.
  const [initialValues] = useState(() => valuesOf(n));

  const editable = n.canEdit && n.status === 'draft';
  const canSend = n.canSubmit && n.status === 'draft';
  const busy = update.isPending || submit.isPending || remove.isPending;
  const lastEvent = n.events.at(-1);
  const returned = n.status === 'draft' && lastEvent?.action === 'return' ? lastEvent : null;

  const reloadStale = async (error: unknown) => {
    notification.warning({ title: errorText(error, t), description: t('error.staleReloaded') });
    const fresh = await refetch();
    if (fresh) form.setFieldsValue(valuesOf(fresh));
    setDirty(false);
  };

  /** Saves the form; the answer carries the eligibility checked again. Null when refused (the reason is on screen). */
  const save = async (values: NominationFormValues): Promise<Nomination | null> => {
    errors.clear();
    try {
      const saved = await update.mutateAsync(toUpdateBody(values, n.version));
      form.setFieldsValue(valuesOf(saved));
      setDirty(false);
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.isStaleVersion) await reloadStale(error);
      else {
        errors.apply(error);
        showError(error);
      }
      return null;
    }
  };

  const onFinish = async (values: NominationFormValues) => {
    if (await save(values)) void message.success(t('nomination.savedChecked'));
  };

  const send = async () => {
    let version = n.version;
    if (editable && dirty) {
      const values = await form.validateFields().catch(() => null);
      if (!values) return;
      const saved = await save(values);
      if (!saved) return;
      version = saved.version;
    }
    try {
      await submit.mutateAsync({ items: [{ id: n.id, version }] });
      void message.success(t('nomination.submittedOne'));
    } catch (error) {
      if (error instanceof ApiError && error.isStaleVersion) return reloadStale(error);
      // The refusal names the field to fill (justification) when it is one the form has.
      if (editable) errors.apply(error);
      const lines = error instanceof ApiError ? submitErrorLines(error.message, error.fields) : [];
      if (lines.length > 1) modal.error({ title: t('nomination.submitErrors'), content: <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul> });
      else showError(error);
      // A refusal for want of a justification comes after a fresh check: show that check.
      void refetch();
    }
  };

  const confirmSend = () =>
    modal.confirm({
      title: t('nomination.submitTitle'),
      content: (
        <>
          <p>{t('nomination.submitConfirm', { name: n.nominee.name, unit: n.reviewingUnit.name })}</p>
          {needsJustification(n) && !form.getFieldValue('justification') && <Alert type="warning" showIcon title={t('nomination.submitNeedsJustification')} />}
        </>
      ),
      okText: t('nomination.submit'),
      cancelText: t('common.cancel'),
      onOk: send,
    });

  const onDelete = () =>
    remove.mutate(n.version, {
      onSuccess: () => {
        void message.success(t('nomination.deleted'));
        void navigate(PATHS.nominations);
      },
      onError: (error) => (error instanceof ApiError && error.isStaleVersion ? void reloadStale(error) : showError(error)),
    });

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.nominations}>{t('nav.nominations')}</Link>}
        title={n.nominee.name}
        tags={
          <>
            <NominationStatusTag status={n.status} />
            <EligibilityTag nomination={n} />
          </>
        }
        extra={
          <>
            {editable && (
              <Popconfirm
                title={t('nomination.deleteConfirm')}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={onDelete}
              >
                <Button danger disabled={busy} loading={remove.isPending}>
                  {t('nomination.delete')}
                </Button>
              </Popconfirm>
            )}
            {editable && (
              <Button onClick={() => form.submit()} loading={update.isPending} disabled={busy && !update.isPending} data-testid="nomination-save">
                {t('common.save')}
              </Button>
            )}
            {canSend && (
              <Button type="primary" onClick={confirmSend} loading={submit.isPending} disabled={busy && !submit.isPending} data-testid="nomination-submit">
                {t('nomination.submit')}
              </Button>
            )}
          </>
        }
      />
      {returned && (
        <Alert
          type="error"
          showIcon
          title={t('nomination.returnedBy', { who: returned.actorName ?? t('nomination.system') })}
          description={returned.note ? <span style={{ whiteSpace: 'pre-wrap' }}>{returned.note}</span> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <NominationReviewBar nomination={n} awards={awards} onStale={() => void refetch()} />
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={15}>
          {n.status !== 'draft' && <NominationOutcome nomination={n} awards={awards} />}
          {editable ? (
            <NominationForm
              form={form}
              initialValues={initialValues}
              nomination={n}
              scopeUnit={{ id: user.scopeUnitId, name: user.scopeUnitName }}
              awards={awards}
              awardsLoading={catalogue.isPending}
              showJustification={needsJustification(n) || Boolean(n.justification)}
              generalErrors={errors.general}
              disabled={submit.isPending}
              onFinish={(values) => void onFinish(values)}
              onEdit={() => setDirty(true)}
            />
          ) : (
            <NominationView nomination={n} />
          )}
        </Col>
        <Col xs={24} xl={9}>
          <NominationEligibilityCard nomination={n} awards={awards} stale={editable && dirty} />
          <NominationFiles nomination={n} editable={editable} />
          <NominationTimeline events={n.events} />
        </Col>
      </Row>
    </>
  );
}
