import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd';
import type { Indicator, Registration } from '../../../contract/reporting.js';
import { foldForSearch } from '../../../core/text.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';

export interface RegistrationValues {
  commitments?: { text?: string; indicatorId?: string | null; value?: number | null }[];
  titles?: { award?: string; nomineeKind?: 'collective' | 'person'; nomineeName?: string }[];
}

/** The form values as the API takes them. */
export function contentOf(values: RegistrationValues): Pick<Registration, 'commitments' | 'titles'> {
  return {
    commitments: (values.commitments ?? []).map((c) => ({ text: c.text ?? '', indicatorId: c.indicatorId ?? null, value: c.value ?? null })),
    titles: (values.titles ?? []).map((a) => ({ award: a.award ?? '', nomineeKind: a.nomineeKind ?? 'collective', nomineeName: a.nomineeName ?? '' })),
  };
}

// Titles units most often aim for: offered as suggestions, any other may be typed.
const COMMON_AWARDS = [
  'Lao động tiên tiến',
  'Chiến sĩ thi đua cơ sở',
  'Chiến sĩ thi đua cấp tỉnh',
  'Tập thể lao động tiên tiến',
  'Tập thể lao động xuất sắc',
  'Cờ thi đua của Ủy ban nhân dân tỉnh',
  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
];

interface Props {
  form: FormInstance<RegistrationValues>;
  registration: Registration;
  indicators: Indicator[];
  disabled: boolean;
}

/** Commitments (each optionally tied to an indicator with a level) and the titles the unit aims for. */
export function RegistrationForm({ form, registration, indicators, disabled }: Props) {
  const t = useT();
  const indicatorOptions = indicators.map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }));
  return (
    <Form<RegistrationValues>
      form={form}
      layout="vertical"
      disabled={disabled}
      initialValues={{ commitments: registration.commitments, titles: registration.titles }}
    >
      <Card size="small" title={t('registration.commitments')} style={{ marginBottom: 16 }}>
        <Form.List name="commitments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                    <Input.TextArea aria-label={t('registration.commitmentText')} placeholder={t('registration.commitmentText')} autoSize maxLength={2000} style={{ width: 420 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'indicatorId']} style={{ marginBottom: 0 }}>
                    <Select<string | null>
                      aria-label={t('registration.indicator')}
                      placeholder={t('registration.indicator')}
                      allowClear
                      options={indicatorOptions}
                      showSearch={{ filterOption: filterOptionFolded }}
                      style={{ width: 260 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} style={{ marginBottom: 0 }}>
                    <InputNumber aria-label={t('registration.value')} placeholder={t('registration.value')} decimalSeparator="," style={{ width: 120 }} />
                  </Form.Item>
                  {!disabled && <Button type="text" aria-label={t('common.delete')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />}
                </Space>
              ))}
              {!disabled && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', indicatorId: null, value: null })}>
                  {t('registration.addCommitment')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('registration.titles')}>
        <Form.List name="titles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'award']} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                    <AutoComplete
                      aria-label={t('registration.award')}
                      placeholder={t('registration.award')}
                      options={COMMON_AWARDS.map((a) => ({ value: a }))}
                      showSearch={{ filterOption: (input, option) => foldForSearch(String(option?.value ?? '')).includes(foldForSearch(input)) }}
                      style={{ width: 320 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'nomineeKind']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                    <Select
                      aria-label={t('registration.nomineeKind')}
                      options={[
                        { value: 'collective', label: t('registration.nominee.collective') },
                        { value: 'person', label: t('registration.nominee.person') },
                      ]}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'nomineeName']} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                    <Input aria-label={t('registration.nomineeName')} placeholder={t('registration.nomineeName')} maxLength={300} style={{ width: 260 }} />
                  </Form.Item>
                  {!disabled && <Button type="text" aria-label={t('common.delete')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />}
                </Space>
              ))}
              {!disabled && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ award: '', nomineeKind: 'collective', nomineeName: '' })}>
                  {t('registration.addTitle')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Card>
    </Form>
  );
}
