import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { CreateIndicatorBody, Direction, Indicator, Movement, RollupRule, Target, TargetLevel, ValueType } from '../../../contract/reporting.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DIRECTIONS, levelLabel, rulesFor, TARGET_LEVELS, VALUE_TYPES } from './format.js';
import { useCreateIndicator, useUpdateIndicator } from './useMovements.js';

type Comparator = Target['comparator'];
const COMPARATORS: readonly Comparator[] = ['gte', 'lte', 'eq', 'between'];

interface TargetValues {
  level?: TargetLevel;
  comparator?: Comparator;
  value?: number | null;
  valueMax?: number | null;
}

interface Values {
  code: string;
  name: string;
  unitOfMeasure?: string;
  valueType: ValueType;
  direction: Direction;
  rule: RollupRule;
  denominatorIndicatorId?: string | null;
  baseline?: number | null;
  targets?: TargetValues[];
  required?: boolean;
  position?: number | null;
  note?: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  movement: Movement;
  indicator?: Indicator;
}

/** Adds or edits an indicator: how it is measured and rolled up, and its target per level. */
export function IndicatorFormModal({ open, onClose, movement, indicator }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateIndicator(movement.id);
  const update = useUpdateIndicator();
  const valueType = Form.useWatch('valueType', form) ?? indicator?.valueType ?? 'number';
  const rule = Form.useWatch('rule', form) ?? indicator?.rule ?? 'sum';
  const targets = Form.useWatch('targets', form) ?? [];

  // Only a number of the same movement can weigh an average, and never the indicator itself.
  const weightOptions = movement.indicators
    .filter((i) => i.valueType === 'number' && i.id !== indicator?.id)
    .map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }));

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if ('valueType' in changed && changed.valueType && !rulesFor(changed.valueType).includes(all.rule)) {
      form.setFieldValue('rule', rulesFor(changed.valueType)[0]);
    }
    if (('rule' in changed || 'valueType' in changed) && form.getFieldValue('rule') !== 'wavg') form.setFieldValue('denominatorIndicatorId', null);
  };

  const onFinish = (values: Values) => {
    const body: CreateIndicatorBody = {
      code: values.code,
      name: values.name,
      unitOfMeasure: values.unitOfMeasure?.trim() ?? '',
      valueType: values.valueType,
      direction: values.direction,
      rule: values.rule,
      denominatorIndicatorId: values.rule === 'wavg' ? (values.denominatorIndicatorId ?? null) : null,
      baseline: values.baseline ?? null,
      targets: values.valueType === 'text' ? [] : (values.targets ?? []).map((x) => ({
        level: x.level!,
        comparator: x.comparator!,
        value: x.value!,
        valueMax: x.comparator === 'between' ? (x.valueMax ?? null) : null,
      })),
      required: values.required ?? false,
      position: values.position ?? 0,
      note: values.note?.trim() || null,
    };
    const onSuccess = (saved: Indicator) => {
      void message.success(`${t('common.saved')}: ${saved.code}`);
      onClose();
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    if (indicator) update.mutate({ id: indicator.id, body: { ...body, version: indicator.version } }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  const nextPosition = Math.max(-1, ...movement.indicators.map((i) => i.position)) + 1;
  const initialValues: Partial<Values> = indicator
    ? { ...indicator, note: indicator.note ?? undefined, targets: indicator.targets }
    : { valueType: 'number', direction: 'up', rule: 'sum', targets: [], required: false, position: nextPosition, unitOfMeasure: '' };

  return (
    <FormModal
      open={open}
      title={indicator ? t('indicator.editTitle', { code: indicator.code }) : t('indicator.createTitle')}
      form={form}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      width={760}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} onValuesChange={onValuesChange} initialValues={initialValues}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('indicator.code')} name="code" extra={t('indicator.codeHelp')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={40} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('indicator.name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item label={t('indicator.unitOfMeasure')} name="unitOfMeasure">
              <Input maxLength={50} placeholder="%, hộ, ha…" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('indicator.valueType')} name="valueType" rules={[{ required: true, message: t('common.required') }]}>
              <Select<ValueType> options={VALUE_TYPES.map((v) => ({ value: v, label: t(`indicator.valueType.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('indicator.direction')} name="direction" rules={[{ required: true, message: t('common.required') }]}>
              <Select<Direction> options={DIRECTIONS.map((d) => ({ value: d, label: t(`indicator.direction.${d}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('indicator.rule')} name="rule" rules={[{ required: true, message: t('common.required') }]}>
              <Select<RollupRule> options={rulesFor(valueType).map((r) => ({ value: r, label: t(`indicator.rule.${r}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        {rule === 'wavg' && (
          <Form.Item
            label={t('indicator.denominator')}
            name="denominatorIndicatorId"
            extra={t('indicator.denominatorHelp')}
            rules={[{ required: true, message: t('indicator.denominatorRequired') }]}
          >
            <Select<string> options={weightOptions} notFoundContent={t('indicator.noWeight')} />
          </Form.Item>
        )}
        {valueType !== 'text' && (
          <Form.Item label={t('indicator.targets')}>
            <Form.List name="targets">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item name={[field.name, 'level']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                        <Select<TargetLevel>
                          aria-label={t('indicator.targetLevel')}
                          options={TARGET_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))}
                          style={{ width: 120 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'comparator']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                        <Select<Comparator>
                          aria-label={t('indicator.comparator')}
                          options={COMPARATORS.map((c) => ({ value: c, label: t(`indicator.comparator.${c}`) }))}
                          style={{ width: 130 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                        <InputNumber aria-label={t('indicator.targetValue')} decimalSeparator="," style={{ width: 120 }} />
                      </Form.Item>
                      {targets[field.name]?.comparator === 'between' && (
                        <Form.Item name={[field.name, 'valueMax']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                          <InputNumber aria-label={t('indicator.targetValueMax')} decimalSeparator="," style={{ width: 120 }} />
                        </Form.Item>
                      )}
                      <Button type="text" aria-label={t('common.delete')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  {fields.length < TARGET_LEVELS.length && (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ comparator: 'gte' })}>
                      {t('indicator.addTarget')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item label={t('indicator.baseline')} name="baseline">
              <InputNumber decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('indicator.position')} name="position">
              <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label=" " name="required" valuePropName="checked">
              <Checkbox>{t('indicator.requiredLabel')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('common.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
