import { Alert, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography, type FormInstance, type FormRule } from 'antd';
import type { Award, AwardCode } from '../../../contract/awards.js';
import type { Nomination } from '../../../contract/nominations.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { AWARD_KINDS, NOMINEE_KINDS, awardsForKind, type NominationFormValues, type NomineeKind } from './nomination-form.js';
import { PersonSelect } from './PersonSelect.js';

interface Props {
  form: FormInstance<NominationFormValues>;
  initialValues: NominationFormValues;
  /** Editing a stored draft: who proposes, who is proposed and the year stay as created. */
  nomination?: Nomination;
  /** The unit the user works for, named before any search. */
  scopeUnit: UnitOption;
  awards: Award[];
  awardsLoading: boolean;
  showJustification: boolean;
  /** Server errors no input holds. */
  generalErrors: string[];
  disabled?: boolean;
  onFinish: (values: NominationFormValues) => void;
  onEdit: () => void;
}

const MEMBER_COUNTS = ['total', 'completed', 'ldtt', 'cstdcs'] as const;

/** Đề nghị khen thưởng: who proposes whom for what, the members of a collective, and the achievement report. */
export function NominationForm({ form, initialValues, nomination, scopeUnit, awards, awardsLoading, showJustification, generalErrors, disabled, onFinish, onEdit }: Props) {
  const t = useT();
  const required: FormRule[] = [{ required: true, message: t('common.required') }];
  const kind = Form.useWatch('nomineeKind', form) ?? initialValues.nomineeKind;
  const proposingUnitId = Form.useWatch('proposingUnitId', form) ?? initialValues.proposingUnitId;
  const isNew = !nomination;
  const suitable = awardsForKind(awards, kind);

  const knownUnits: UnitOption[] = [scopeUnit];
  if (nomination) knownUnits.push({ id: nomination.proposingUnit.id, name: nomination.proposingUnit.name });
  const knownNomineeUnit = nomination?.nominee.unitId ? [{ id: nomination.nominee.unitId, name: nomination.nominee.name }] : undefined;
  const knownPerson = nomination?.nominee.personId ? { id: nomination.nominee.personId, name: nomination.nominee.name } : null;

  // The same check as the API's: no count of members may exceed the total.
  const notOverTotal = (value: number | null | undefined, total: unknown) =>
    value != null && typeof total === 'number' && value > total ? Promise.reject(new Error(t('award.members.overTotal'))) : Promise.resolve();

  const onValuesChange = (changed: Partial<NominationFormValues>) => {
    // The nominee must belong to the proposing unit's tree, and the award must suit the nominee.
    if ('proposingUnitId' in changed) form.setFieldsValue({ personId: null, unitId: null });
    if ('nomineeKind' in changed) {
      form.setFieldsValue({ personId: null, unitId: null });
      const code = form.getFieldValue('awardCode') as AwardCode | undefined;
      if (code && !awardsForKind(awards, changed.nomineeKind).some((a) => a.code === code)) form.setFieldValue('awardCode', undefined);
    }
    onEdit();
  };

  return (
    <Form<NominationFormValues>
      form={form}
      name="nomination"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      disabled={disabled}
      scrollToFirstError
    >
      <Card size="small" title={t('nomination.details')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="proposingUnitId" label={t('nomination.proposingUnit')} rules={required}>
              <UnitSelect status="all" known={knownUnits} allowClear={false} disabled={!isNew || disabled} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nomineeKind" label={t('nomination.kind')} rules={required}>
              <Radio.Group
                disabled={!isNew || disabled}
                optionType="button"
                options={NOMINEE_KINDS.map((k: NomineeKind) => ({ value: k, label: t(`nomination.kind.${k}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {kind === 'collective' ? (
              <Form.Item name="unitId" label={t('nomination.collective')} rules={required}>
                <UnitSelect status="all" ancestorId={proposingUnitId ?? undefined} known={knownNomineeUnit} disabled={!isNew || disabled || !proposingUnitId} />
              </Form.Item>
            ) : (
              <Form.Item name="personId" label={t('nomination.person')} rules={required}>
                <PersonSelect unitId={proposingUnitId} known={knownPerson} disabled={!isNew || disabled} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nomineePosition" label={t('nomination.position')}>
              <Input maxLength={300} placeholder={kind === 'person' ? t('nomination.positionPlaceholder') : undefined} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="awardCode" label={t('nomination.award')} rules={required}>
          <Select<AwardCode> options={awardOptions(suitable, t)} loading={awardsLoading} showSearch={{ filterOption: filterOptionFolded }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="year" label={t('nomination.year')} rules={required}>
              <InputNumber min={1945} max={2100} precision={0} disabled={!isNew || disabled} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="awardKind" label={t('nomination.awardKind')} rules={required}>
              <Select options={AWARD_KINDS.map((k) => ({ value: k, label: t(`nomination.awardKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="proposedOn" label={t('nomination.proposedOn')} tooltip={t('nomination.proposedOnHint')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('nomination.proposedOnToday')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      {kind === 'collective' && (
        <Card size="small" title={t('award.members')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            {MEMBER_COUNTS.map((c) => (
              <Col key={c} xs={12} md={6}>
                <Form.Item
                  name={['members', c]}
                  label={t(`award.members.${c}`)}
                  dependencies={c === 'total' ? [] : [['members', 'total']]}
                  rules={c === 'total' ? [] : [({ getFieldValue }) => ({ validator: (_, value: number | null | undefined) => notOverTotal(value, getFieldValue(['members', 'total'])) })]}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      )}

      <Card size="small" title={t('nomination.reportCard')} style={{ marginBottom: 16 }}>
        <Form.Item name={['report', 'summary']} label={t('nomination.report.summary')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={20_000} />
        </Form.Item>
        <Form.Item name={['report', 'achievements']} label={t('nomination.report.achievements')}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 30 }} maxLength={100_000} />
        </Form.Item>
        <Form.Item name={['report', 'priorAwards']} label={t('nomination.report.priorAwards')} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={20_000} />
        </Form.Item>
      </Card>

      {showJustification && (
        <Card size="small" title={t('nomination.justification')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('nomination.justificationHint')}</Typography.Paragraph>
          <Form.Item name="justification" label={t('nomination.justification')} style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5_000} />
          </Form.Item>
        </Card>
      )}

      {generalErrors.length > 0 && (
        <Alert type="error" showIcon title={t('nomination.inputErrors')} description={generalErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
    </Form>
  );
}
