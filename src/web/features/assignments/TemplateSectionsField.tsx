import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input } from 'antd';
import { DEFAULT_SECTIONS } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';
import type { TemplateValues } from './template-form.js';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Các mục báo cáo bằng lời: key, title, required; added, removed, or reset to the three usual ones. */
export function TemplateSectionsField() {
  const t = useT();
  const form = Form.useFormInstance<TemplateValues>();
  return (
    <Form.List name="sections">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item
                name={[field.name, 'key']}
                style={{ width: 160, marginBottom: 8 }}
                rules={[
                  { required: true, message: t('common.required') },
                  { pattern: KEY_PATTERN, message: t('assignment.template.sectionKeyPattern') },
                  {
                    validator: (_, value: string) =>
                      form.getFieldValue('sections').filter((s: TemplateValues['sections'][number] | undefined, i: number) => i !== index && s?.key === value).length
                        ? Promise.reject(new Error(t('assignment.template.sectionKeyDuplicate')))
                        : Promise.resolve(),
                  },
                ]}
              >
                <Input aria-label={t('assignment.template.sectionKey')} placeholder={t('assignment.template.sectionKey')} maxLength={40} />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} style={{ flex: 1, minWidth: 240, marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input aria-label={t('assignment.template.sectionTitle')} placeholder={t('assignment.template.sectionTitle')} maxLength={300} />
              </Form.Item>
              <Form.Item name={[field.name, 'required']} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('assignment.template.sectionRequired')}</Checkbox>
              </Form.Item>
              <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('assignment.template.sectionRemove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Flex gap={8}>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ key: `muc_${fields.length + 1}`, title: '', required: false })}>
              {t('assignment.template.sectionAdd')}
            </Button>
            <Button onClick={() => form.setFieldValue('sections', DEFAULT_SECTIONS.map((s) => ({ ...s })))}>{t('assignment.template.sectionsDefault')}</Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
