import { Card, Form, Input, Typography } from 'antd';
import type { FieldErrors } from '../../../contract/errors.js';
import type { NarrativeSection } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  sections: NarrativeSection[];
  narrative: Record<string, string>;
  editable: boolean;
  fieldErrors: FieldErrors;
  onChange: (key: string, text: string) => void;
}

/** Các mục báo cáo bằng lời (kết quả, tồn tại, đề xuất…), titled as the template names them. */
export function NarrativeSections({ sections, narrative, editable, fieldErrors, onChange }: Props) {
  const t = useT();
  if (sections.length === 0) return null;
  return (
    <Card size="small" title={t('report.narrative')} style={{ marginBottom: 16 }}>
      {editable ? (
        <Form layout="vertical" component={false}>
          {sections.map((s) => {
            const error = fieldErrors[`narrative.${s.key}`];
            return (
              <Form.Item
                key={s.key}
                label={s.title}
                htmlFor={`narrative-${s.key}`}
                required={s.required}
                validateStatus={error ? 'error' : undefined}
                help={error}
              >
                <Input.TextArea
                  id={`narrative-${s.key}`}
                  value={narrative[s.key] ?? ''}
                  onChange={(e) => onChange(s.key, e.target.value)}
                  autoSize={{ minRows: 3, maxRows: 20 }}
                  maxLength={50_000}
                />
              </Form.Item>
            );
          })}
        </Form>
      ) : (
        sections.map((s) => (
          <section key={s.key}>
            <Typography.Title level={5}>{s.title}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {narrative[s.key]?.trim() || <Typography.Text type="secondary">—</Typography.Text>}
            </Typography.Paragraph>
          </section>
        ))
      )}
    </Card>
  );
}
