import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input, Select } from 'antd';
import type { Indicator } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { parseRight, RULE_OPS, type RuleValues, type TemplateValues } from './template-form.js';

const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;

/** Quy tắc kiểm tra: "left op right" between indicators (or against a number), blocking (lỗi) or asking for an explanation (cảnh báo). */
export function TemplateRulesField({ indicators }: { indicators: Indicator[] }) {
  const t = useT();
  const form = Form.useFormInstance<TemplateValues>();
  const codes = new Set(indicators.map((i) => i.code));
  const codeOptions = indicators.map((i) => ({ value: i.code, label: `${i.code} – ${i.name}` }));

  const nextCode = () => {
    const taken = new Set((form.getFieldValue('rules') as RuleValues[] | undefined)?.map((r) => r?.code));
    let n = taken.size + 1;
    while (taken.has(`R${n}`)) n += 1;
    return `R${n}`;
  };

  return (
    <Form.List name="rules">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item
                name={[field.name, 'code']}
                style={{ width: 80, marginBottom: 8 }}
                rules={[
                  { required: true, message: t('common.required') },
                  { pattern: CODE_PATTERN, message: t('assignment.template.ruleCodePattern') },
                  {
                    validator: (_, value: string) =>
                      (form.getFieldValue('rules') as (RuleValues | undefined)[]).some((r, i) => i !== index && r?.code === value)
                        ? Promise.reject(new Error(t('assignment.template.ruleCodeDuplicate')))
                        : Promise.resolve(),
                  },
                ]}
              >
                <Input aria-label={t('assignment.template.ruleCode')} maxLength={40} />
              </Form.Item>
              <Form.Item name={[field.name, 'left']} style={{ width: 200, marginBottom: 8 }} rules={[{ required: true, message: t('common.required') }]}>
                <Select
                  aria-label={t('assignment.template.ruleLeft')}
                  placeholder={t('assignment.template.ruleLeft')}
                  showSearch={{ filterOption: filterOptionFolded }}
                  options={codeOptions}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'op']} style={{ width: 70, marginBottom: 8 }}>
                <Select aria-label={t('assignment.template.ruleOp')} options={RULE_OPS} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'right']}
                style={{ width: 200, marginBottom: 8 }}
                rules={[
                  { required: true, whitespace: true, message: t('common.required') },
                  {
                    validator: (_, value: string | undefined) =>
                      !value?.trim() || parseRight(value, codes) !== null ? Promise.resolve() : Promise.reject(new Error(t('assignment.template.ruleRightInvalid'))),
                  },
                ]}
              >
                <AutoComplete
                  aria-label={t('assignment.template.ruleRight')}
                  placeholder={t('assignment.template.ruleRightPlaceholder')}
                  options={codeOptions}
                  showSearch={{ filterOption: filterOptionFolded }}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'severity']} style={{ width: 120, marginBottom: 8 }}>
                <Select
                  aria-label={t('assignment.template.ruleSeverity')}
                  options={[
                    { value: 'error', label: t('assignment.template.severity.error') },
                    { value: 'warning', label: t('assignment.template.severity.warning') },
                  ]}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'message']} style={{ flex: 1, minWidth: 200, marginBottom: 8 }}>
                <Input aria-label={t('assignment.template.ruleMessage')} placeholder={t('assignment.template.ruleMessage')} maxLength={500} />
              </Form.Item>
              <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('assignment.template.ruleRemove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={indicators.length === 0}
              onClick={() => add({ code: nextCode(), op: 'lte', right: '', severity: 'error', message: '' } satisfies Omit<RuleValues, 'left'>)}
            >
              {t('assignment.template.ruleAdd')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
