import { App, Button, Card, Flex, Form, Input, Select, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Award, AwardCode } from '../../../contract/awards.js';
import type { Nomination } from '../../../contract/nominations.js';
import { isKnownAward } from '../../../core/awards/catalogue.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { reviewerDecides } from '../../../core/commendation/authority.js';
import { canTake } from '../../../core/commendation/nomination-flow.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';
import { ApiError } from '../../api/client.js';
import { errorText, useShowError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { useUnit } from '../units/useUnits.js';
import { lowerAwards } from './nomination-form.js';
import { useReviewNomination, type ReviewStep } from './useNominations.js';

type Asking = 'review' | 'return' | 'approved' | 'approved_lower' | 'rejected' | 'forwarded';

/**
 * For the reviewing level: nhận thẩm định, trả lại (with the reason), and each nominee's own outcome
 * — duyệt, duyệt hình thức thấp hơn, không duyệt, trình cấp trên — each confirmed first.
 */
export function NominationReviewBar({ nomination, awards, onStale }: { nomination: Nomination; awards: Award[]; onStale: () => void }) {
  const t = useT();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const review = useReviewNomination(nomination.id);
  const reviewingUnit = useUnit(nomination.reviewingUnit.id);
  // Loads the levels' own entries into the shared rules, which `reviewerDecides` reads.
  useAwardCatalogue();
  const [asking, setAsking] = useState<Asking | null>(null);
  const n = nomination;

  const canReceive = canTake('review', n.status);
  const canReturn = canTake('return', n.status);
  const canDecide = canTake('approve', n.status);
  if (!n.canReview || !(canReceive || canReturn || canDecide)) return null;

  // Unknown until the reviewing unit loads: then the server's answer is the guide.
  const decides =
    reviewingUnit.data && isKnownAward(n.awardCode) ? reviewerDecides(n.awardCode, n.proposedOn, levelOfUnitKind(reviewingUnit.data.kind), reviewingUnit.data.id) : null;
  const councilRefused = n.voteResults.some((v) => !v.passed);
  const names = { name: n.nominee.name, award: n.awardName, unit: n.reviewingUnit.name };

  const run = (step: ReviewStep, done: string) =>
    review.mutate(step, {
      onSuccess: () => {
        setAsking(null);
        void message.success(done);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.isStaleVersion) {
          setAsking(null);
          notification.warning({ title: errorText(error, t), description: t('error.staleReloaded') });
          onStale();
        } else showError(error);
      },
    });

  const onConfirm = (kind: Asking, values: { note?: string; awardCode?: AwardCode }) => {
    const note = values.note?.trim() || null;
    const version = n.version;
    if (kind === 'review') return run({ action: 'review', body: { version } }, t('nomination.done.review'));
    if (kind === 'return') return run({ action: 'return', body: { version, note: note ?? '' } }, t('nomination.done.return'));
    run(
      { action: 'outcome', body: { outcome: kind, version, note, ...(kind === 'approved_lower' && values.awardCode ? { awardCode: values.awardCode } : {}) } },
      t(`nomination.done.${kind}`),
    );
  };

  const approveButton = (
    <Button type={decides === false ? 'default' : 'primary'} disabled={decides === false} onClick={() => setAsking('approved')}>
      {t('nomination.action.approved')}
    </Button>
  );

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong style={{ marginInlineEnd: 8 }}>
            {t('nomination.review')}
          </Typography.Text>
          {canReceive && (
            <Button type="primary" onClick={() => setAsking('review')} data-testid="nomination-review">
              {t('nomination.action.review')}
            </Button>
          )}
          {canDecide && (
            <>
              {decides === false ? <Tooltip title={t('nomination.beyondAuthority', names)}>{approveButton}</Tooltip> : approveButton}
              <Button onClick={() => setAsking('approved_lower')}>{t('nomination.action.approved_lower')}</Button>
              <Button danger onClick={() => setAsking('rejected')}>
                {t('nomination.action.rejected')}
              </Button>
              <Button type={decides === false ? 'primary' : 'default'} disabled={decides === true} onClick={() => setAsking('forwarded')}>
                {t('nomination.action.forwarded')}
              </Button>
            </>
          )}
          {canReturn && (
            <Button danger type="dashed" onClick={() => setAsking('return')}>
              {t('nomination.action.return')}
            </Button>
          )}
        </Flex>
        {canDecide && decides !== null && (
          <Typography.Text type="secondary">{t(decides ? 'nomination.withinAuthority' : 'nomination.beyondAuthority', names)}</Typography.Text>
        )}
      </Flex>
      {asking && (
        <ReviewActionModal
          kind={asking}
          nomination={n}
          awards={awards}
          noteRequired={asking === 'return' || (asking === 'approved' && councilRefused)}
          pending={review.isPending}
          onClose={() => setAsking(null)}
          onConfirm={(values) => onConfirm(asking, values)}
        />
      )}
    </Card>
  );
}

interface ModalProps {
  kind: Asking;
  nomination: Nomination;
  awards: Award[];
  noteRequired: boolean;
  pending: boolean;
  onClose: () => void;
  onConfirm: (values: { note?: string; awardCode?: AwardCode }) => void;
}

/** Confirms one reviewer step; asks the note (required to return, or to approve what the council refused) and the lower award. */
function ReviewActionModal({ kind, nomination, awards, noteRequired, pending, onClose, onConfirm }: ModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ note?: string; awardCode?: AwardCode }>();
  const n = nomination;
  const names = { name: n.nominee.name, award: n.awardName, unit: n.reviewingUnit.name };
  const lower = kind === 'approved_lower' ? lowerAwards(awards, n.awardCode, n.nominee.kind) : [];
  const title = kind === 'review' ? t('nomination.action.review') : t(`nomination.action.${kind}`);
  return (
    <FormModal open title={title} form={form} onClose={onClose} pending={pending} okText={t('nomination.confirmOk')} danger={kind === 'rejected' || kind === 'return'}>
      <Typography.Paragraph>{t(`nomination.confirm.${kind}`, names)}</Typography.Paragraph>
      {kind === 'approved' && noteRequired && <Typography.Paragraph type="warning">{t('nomination.noteCouncilRefused')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" name="nomination-review" preserve={false} onFinish={onConfirm}>
        {kind === 'approved_lower' && (
          <Form.Item name="awardCode" label={t('nomination.lowerAward')} rules={[{ required: true, message: t('common.required') }]}>
            <Select<AwardCode> options={awardOptions(lower, t)} showSearch={{ filterOption: filterOptionFolded }} />
          </Form.Item>
        )}
        {kind !== 'review' && (
          <Form.Item
            name="note"
            label={t(kind === 'return' ? 'nomination.returnReason' : 'nomination.note')}
            rules={noteRequired ? [{ required: true, whitespace: true, message: t('nomination.noteRequired') }] : []}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2_000} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
