import { Button, Card, Col, DatePicker, Form, InputNumber, Row, Select, Typography, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AwardCode, EligibilityResult as Verdict } from '../../../contract/awards.js';
import { todayInVietnam } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, toIsoDate, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { EligibilityResult } from '../awards/EligibilityResult.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useHistoryEligibility, type HistoryEligibilityBody, type HistorySubjectKind } from './useAwardHistory.js';

const MEMBER_COUNTS = ['total', 'completed', 'ldtt', 'cstdcs'] as const;
type MemberCounts = Partial<Record<(typeof MEMBER_COUNTS)[number], number | null>>;

interface Values {
  award?: AwardCode;
  asOf?: Dayjs | null;
  members?: MemberCounts;
}

/** Members are sent only once a count was typed; a blank count next to others is none. */
function membersOf(m: MemberCounts | undefined): HistoryEligibilityBody['members'] {
  if (!m || !MEMBER_COUNTS.some((c) => m[c] != null)) return null;
  return { total: m.total ?? 0, completed: m.completed ?? 0, ldtt: m.ldtt ?? 0, cstdcs: m.cstdcs ?? 0 };
}

/** Picks an award and a date and checks the stored history of this person or collective against it. */
export function HistoryEligibilityCard({ kind, id }: { kind: HistorySubjectKind; id: string }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const catalogue = useAwardCatalogue();
  const check = useHistoryEligibility(kind, id);
  const showError = useShowError();
  const [answer, setAnswer] = useState<{ request: HistoryEligibilityBody; result: Verdict } | null>(null);
  const [stale, setStale] = useState(false);
  const required: FormRule[] = [{ required: true, message: t('common.required') }];
  const awards = (catalogue.data?.items ?? []).filter((a) => a.nominee.includes(kind));

  const onFinish = (values: Values) => {
    if (!values.award) return;
    const request: HistoryEligibilityBody = {
      award: values.award,
      asOf: toIsoDate(values.asOf) ?? todayInVietnam(),
      members: kind === 'collective' ? membersOf(values.members) : null,
    };
    check.mutate(request, {
      onSuccess: (result) => {
        setAnswer({ request, result });
        setStale(false);
      },
      onError: (error) => showError(error, form),
    });
  };

  return (
    <Card size="small" title={t('history.eligibility')}>
      <Typography.Paragraph type="secondary">{t('history.eligibilityHint')}</Typography.Paragraph>
      <Form<Values> form={form} name="history-eligibility" layout="vertical" initialValues={{ asOf: todayValue() }} onFinish={onFinish} onValuesChange={() => setStale(true)}>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="award" label={t('award.award')} rules={required}>
              <Select<AwardCode> options={awardOptions(awards, t)} loading={catalogue.isPending} showSearch={{ filterOption: filterOptionFolded }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="asOf" label={t('award.asOf')} rules={required}>
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'collective' && (
          <Row gutter={16}>
            {MEMBER_COUNTS.map((c) => (
              <Col key={c} xs={12} md={6}>
                <Form.Item name={['members', c]} label={t(`award.members.${c}`)}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        )}
        <Button type="primary" htmlType="submit" loading={check.isPending}>
          {t('award.check')}
        </Button>
      </Form>
      {answer && (
        <div style={{ marginTop: 16 }}>
          <EligibilityResult result={answer.result} request={answer.request} requestIsCase={false} award={catalogue.data?.items.find((a) => a.code === answer.result.award)} stale={stale} />
        </div>
      )}
    </Card>
  );
}
