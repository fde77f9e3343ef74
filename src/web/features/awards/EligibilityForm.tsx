import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Flex, Form, InputNumber, Row, Select, type FormInstance, type FormRule } from 'antd';
import type { Award, AwardCode } from '../../../contract/awards.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useT, type Translate } from '../../i18n/useT.js';
import { DATE_FORMAT, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { INITIATIVE_SCOPES, RATINGS, UNIT_LEVELS, nextRowYear, nomineeKindsFor, type EligibilityValues, type NomineeKind } from './eligibility-form.js';

interface Props {
  form: FormInstance<EligibilityValues>;
  awards: Award[];
  awardsLoading: boolean;
  submitting: boolean;
  /** Server errors that no input holds (a list too long, the whole body). */
  generalErrors: string[];
  onCheck: (values: EligibilityValues & { award: AwardCode }) => void;
  onEdit: () => void;
}

const initialValues: EligibilityValues = {
  nominee: { kind: 'person', unitLevel: 'commune' },
  ratings: [],
  titles: [],
  initiatives: [],
  discipline: [],
  underReview: false,
};

/** Award options grouped the way the law sorts them: danh hiệu thi đua, then hình thức khen thưởng. */
export function awardOptions(awards: Award[], t: Translate) {
  return (['title', 'form'] as const)
    .map((kind) => ({
      label: t(`award.kind.${kind}`),
      title: t(`award.kind.${kind}`),
      options: awards.filter((a) => a.kind === kind).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
    }))
    .filter((g) => g.options.length > 0);
}

/** The case to check: the award, who and when, the yearly history, and the members of a collective. */
export function EligibilityForm({ form, awards, awardsLoading, submitting, generalErrors, onCheck, onEdit }: Props) {
  const t = useT();
  const awardCode = Form.useWatch('award', form);
  const nomineeKind = Form.useWatch(['nominee', 'kind'], form);
  const asOf = Form.useWatch('asOf', form);
  const award = awards.find((a) => a.code === awardCode);
  const kinds = nomineeKindsFor(award);
  const asOfYear = (asOf ?? todayValue()).year();
  const required: FormRule[] = [{ required: true, message: t('common.required') }];

  const onAwardChange = (code: AwardCode) => {
    const allowed = nomineeKindsFor(awards.find((a) => a.code === code));
    const current = form.getFieldValue(['nominee', 'kind']) as NomineeKind | undefined;
    if (!current || !allowed.includes(current)) form.setFieldValue(['nominee', 'kind'], allowed[0]);
  };

  const onFinish = (values: EligibilityValues) => {
    if (values.award) onCheck({ ...values, award: values.award });
  };

  return (
    <Form<EligibilityValues>
      form={form}
      layout="vertical"
      initialValues={{ ...initialValues, asOf: todayValue() }}
      onFinish={onFinish}
      onValuesChange={onEdit}
      scrollToFirstError
    >
      <Card size="small" title={t('award.caseCard')} style={{ marginBottom: 16 }}>
        <Form.Item name="award" label={t('award.award')} rules={required}>
          <Select<AwardCode>
            options={awardOptions(awards, t)}
            loading={awardsLoading}
            showSearch={{ filterOption: filterOptionFolded }}
            onChange={onAwardChange}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="asOf" label={t('award.asOf')} rules={required}>
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['nominee', 'kind']} label={t('award.nomineeKind')} rules={required}>
              <Select options={kinds.map((k) => ({ value: k, label: t(`award.nominee.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['nominee', 'unitLevel']} label={t('award.unitLevel')} rules={required}>
              <Select options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`award.unitLevel.${l}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="underReview" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('award.underReview')}</Checkbox>
        </Form.Item>
      </Card>

      <YearRows
        name="ratings"
        valueField="rating"
        title="award.ratings"
        yearLabel="award.ratingYear"
        valueLabel="award.rating"
        addLabel="award.addRating"
        options={RATINGS.map((r) => ({ value: r, label: t(`award.rating.${r}`) }))}
        asOfYear={asOfYear}
        form={form}
      />
      <YearRows
        name="titles"
        valueField="code"
        title="award.titles"
        yearLabel="award.titleYear"
        valueLabel="award.titleCode"
        addLabel="award.addTitle"
        options={awardOptions(awards, t)}
        asOfYear={asOfYear}
        form={form}
      />
      <YearRows
        name="initiatives"
        valueField="scope"
        title="award.initiatives"
        yearLabel="award.initiativeYear"
        valueLabel="award.initiativeScope"
        addLabel="award.addInitiative"
        options={INITIATIVE_SCOPES.map((s) => ({ value: s, label: t(`award.scope.${s}`) }))}
        asOfYear={asOfYear}
        form={form}
      />
      <DisciplineRows />
      {nomineeKind === 'collective' && <MembersCard />}

      {generalErrors.length > 0 && (
        <Alert type="error" showIcon title={t('award.inputErrors')} description={generalErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('award.check')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onEdit();
          }}
        >
          {t('award.reset')}
        </Button>
      </Flex>
    </Form>
  );
}

interface YearRowsProps {
  name: 'ratings' | 'titles' | 'initiatives';
  valueField: string;
  title: MessageKey;
  yearLabel: MessageKey;
  valueLabel: MessageKey;
  addLabel: MessageKey;
  options: { value: string; label: string }[] | ReturnType<typeof awardOptions>;
  asOfYear: number;
  form: FormInstance<EligibilityValues>;
}

/** A yearly list (xếp loại, danh hiệu đã được tặng, sáng kiến): a year and one choice per row. */
function YearRows({ name, valueField, title, yearLabel, valueLabel, addLabel, options, asOfYear, form }: YearRowsProps) {
  const t = useT();
  const required: FormRule[] = [{ required: true, message: t('common.required') }];
  return (
    <Card size="small" title={t(title)} style={{ marginBottom: 16 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'year']} rules={required} style={{ marginBottom: 0 }}>
                  <InputNumber aria-label={t(yearLabel, { n: index + 1 })} placeholder={t('award.year')} min={1945} max={2100} precision={0} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, valueField]} rules={required} style={{ marginBottom: 0, flex: 1, minWidth: 240 }}>
                  <Select aria-label={t(valueLabel, { n: index + 1 })} options={options} showSearch={{ filterOption: filterOptionFolded }} />
                </Form.Item>
                <Button type="text" aria-label={t('award.removeRow', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: nextRowYear(form.getFieldValue(name) as EligibilityValues[typeof name], asOfYear) })}>
              {t(addLabel)}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

/** Periods of discipline (kỷ luật): a start, and an end unless it still runs. */
function DisciplineRows() {
  const t = useT();
  return (
    <Card size="small" title={t('award.discipline')} style={{ marginBottom: 16 }}>
      <Form.List name="discipline">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'from']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                  <DatePicker aria-label={t('award.disciplineFrom', { n: index + 1 })} format={DATE_FORMAT} placeholder={t('award.disciplineFrom', { n: index + 1 })} />
                </Form.Item>
                <Form.Item name={[field.name, 'to']} style={{ marginBottom: 0 }}>
                  <DatePicker aria-label={t('award.disciplineTo', { n: index + 1 })} format={DATE_FORMAT} placeholder={t('award.disciplineOngoing')} />
                </Form.Item>
                <Button type="text" aria-label={t('award.removeRow', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ from: null, to: null })}>
              {t('award.addDiscipline')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

const MEMBER_COUNTS = ['completed', 'ldtt', 'cstdcs'] as const;

/** The members of a collective (tập thể): the shares its titles require are counted from these. */
function MembersCard() {
  const t = useT();
  const total = ['members', 'total'];
  return (
    <Card size="small" title={t('award.members')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name={total}
            label={t('award.members.total')}
            dependencies={MEMBER_COUNTS.map((c) => ['members', c])}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | null | undefined) =>
                  value == null && MEMBER_COUNTS.some((c) => getFieldValue(['members', c]) != null)
                    ? Promise.reject(new Error(t('award.members.totalRequired')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {MEMBER_COUNTS.map((c) => (
          <Col key={c} xs={12} md={6}>
            <Form.Item
              name={['members', c]}
              label={t(`award.members.${c}`)}
              dependencies={[total]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null | undefined) => {
                    const max = getFieldValue(total) as number | null | undefined;
                    return value != null && max != null && value > max ? Promise.reject(new Error(t('award.members.overTotal'))) : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
