import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DOC_TYPES, SIGNING_AUTHORITIES, type DocType, type ParseProblem, type ParsedDocument, type Signer } from '../../../contract/documents.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';

export interface ParsedFieldsValues {
  ownerUnitId: string | null;
  docType?: DocType;
  number?: string;
  symbol?: string;
  issuerName?: string;
  place?: string;
  issuedOn?: Dayjs | null;
  subject?: string;
  recipients: string[];
  references: { number: string; date?: Dayjs | null; kind?: string; issuer?: string }[];
  deadlines: { date?: Dayjs | null; what: string }[];
  signer: { authority?: Signer['authority']; onBehalfOf?: string; title?: string; name?: string };
}

/** Which form field each parser problem is about, so the field is highlighted until corrected. */
const PROBLEM_FIELDS: Record<string, (keyof ParsedFieldsValues)[]> = {
  missing_number: ['number'],
  unreadable_number: ['number'],
  missing_day_month: ['issuedOn'],
  unreadable_date: ['issuedOn'],
  // impossible_date is left out: it is as often about a date in the body as the issue date.
  issuer_place_mismatch: ['issuerName', 'place'],
  reference_after_document: ['references'],
  missing_signature: ['signer'],
};

export function problemFields(problems: ParseProblem[]): Map<string, ParseProblem> {
  const out = new Map<string, ParseProblem>();
  for (const p of problems) for (const f of PROBLEM_FIELDS[p.code] ?? []) if (!out.has(f)) out.set(f, p);
  return out;
}

export function valuesFromParsed(parsed: ParsedDocument, ownerUnitId: string | null): ParsedFieldsValues {
  return {
    ownerUnitId,
    docType: parsed.docType ?? undefined,
    number: parsed.number ?? undefined,
    symbol: parsed.symbol ?? undefined,
    issuerName: parsed.issuer ?? undefined,
    place: parsed.place ?? undefined,
    issuedOn: fromIsoDate(parsed.date) ?? null,
    subject: parsed.subject ?? undefined,
    recipients: parsed.recipients,
    references: parsed.references.map((r) => ({ number: r.number, date: fromIsoDate(r.date) ?? null, kind: r.kind ?? undefined, issuer: r.issuer ?? undefined })),
    deadlines: parsed.deadlines.map((d) => ({ date: fromIsoDate(d.date) ?? null, what: d.what })),
    signer: {
      authority: parsed.signer?.authority ?? undefined,
      onBehalfOf: parsed.signer?.onBehalfOf ?? undefined,
      title: parsed.signer?.title ?? undefined,
      name: parsed.signer?.name ?? undefined,
    },
  };
}

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/** The corrected fields, as the register's incoming body expects them. */
export function correctedFields(v: ParsedFieldsValues) {
  const signer = {
    authority: v.signer.authority ?? null,
    onBehalfOf: blank(v.signer.onBehalfOf),
    title: blank(v.signer.title),
    name: blank(v.signer.name),
  };
  return {
    docType: v.docType,
    number: blank(v.number),
    symbol: blank(v.symbol),
    issuerName: blank(v.issuerName),
    place: blank(v.place),
    issuedOn: toIsoDate(v.issuedOn),
    subject: blank(v.subject),
    recipients: v.recipients.map((r) => r.trim()).filter(Boolean).map((text) => ({ text })),
    references: v.references
      .filter((r) => r.number?.trim())
      .map((r) => ({ number: r.number.trim(), date: toIsoDate(r.date), kind: blank(r.kind), issuer: blank(r.issuer) })),
    signer: Object.values(signer).some((x) => x !== null) ? signer : null,
    deadlines: v.deadlines.filter((d) => d.date && d.what?.trim()).map((d) => ({ date: toIsoDate(d.date)!, what: d.what.trim() })),
  };
}

interface ParsedFieldsFormProps {
  initialValues: ParsedFieldsValues;
  problems: ParseProblem[];
  /** Fields the person has changed since the analysis: no longer highlighted. */
  corrected: Set<string>;
  onCorrect: (fields: string[]) => void;
  onFinish: (values: ParsedFieldsValues, form: FormInstance<ParsedFieldsValues>) => void;
  scopeUnit: UnitOption;
  footer: ReactNode;
}

/** The fields read from a document, for the person to check and correct before registering it. */
export function ParsedFieldsForm({ initialValues, problems, corrected, onCorrect, onFinish, scopeUnit, footer }: ParsedFieldsFormProps) {
  const t = useT();
  // Its own form instance: a new analysis mounts a new form with the new values.
  const [form] = Form.useForm<ParsedFieldsValues>();
  const flagged = problemFields(problems);
  // A field a problem is about is highlighted, with the problem as its help, until it is changed.
  const mark = (field: string) => {
    const p = flagged.get(field);
    return p && !corrected.has(field) ? { validateStatus: 'warning' as const, help: p.message, hasFeedback: true } : {};
  };
  const required = [{ required: true, whitespace: true, message: t('common.required') }];

  return (
    <Flex vertical gap={12}>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('document.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('document.problems')}>
              {problems.map((p, i) => (
                <li key={`${p.code}-${i}`}>
                  {p.message}
                  {p.excerpt && (
                    <div>
                      <Typography.Text type="secondary" italic>
                        “{p.excerpt}”
                      </Typography.Text>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon title={t('document.parsedNoProblems')} />
      )}
      <Form<ParsedFieldsValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => onFinish(values, form)}
        onValuesChange={(changed: Partial<ParsedFieldsValues>) => onCorrect(Object.keys(changed))}
      >
        <Form.Item label={t('document.ownerIncoming')} name="ownerUnitId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect known={[scopeUnit]} ancestorId={scopeUnit.id} allowClear={false} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={t('document.docType')} name="docType" rules={[{ required: true, message: t('common.required') }]} style={{ minWidth: 180, flex: 1 }}>
            <Select<DocType> showSearch={{ filterOption: filterOptionFolded }} options={DOC_TYPES.map((d) => ({ value: d, label: d }))} />
          </Form.Item>
          <Form.Item label={t('document.numberOnly')} name="number" style={{ width: 110 }} {...mark('number')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('document.symbol')} name="symbol" style={{ minWidth: 160, flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item label={t('document.issuer')} name="issuerName" style={{ minWidth: 240, flex: 2 }} {...mark('issuerName')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={t('document.place')} name="place" style={{ minWidth: 140, flex: 1 }} {...mark('place')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('document.issuedOn')} name="issuedOn" style={{ width: 170 }} {...mark('issuedOn')}>
            <DatePicker format={DATE_FORMAT} aria-label={t('document.issuedOn')} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('document.subject')} name="subject" rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>

        <Form.Item label={t('document.recipients')}>
          <Form.List name="recipients">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={4} align="center">
                    <Form.Item name={field.name} noStyle>
                      <Input maxLength={500} aria-label={t('document.recipients')} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                  {t('document.addItem')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item label={t('document.references')} {...mark('references')}>
          <Form.List name="references">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field) => (
                  <Space.Compact key={field.key} style={{ width: '100%' }}>
                    <Form.Item name={[field.name, 'number']} noStyle>
                      <Input placeholder={t('document.refNumber')} style={{ width: '30%' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'date']} noStyle>
                      <DatePicker format={DATE_FORMAT} placeholder={t('document.date')} style={{ width: '22%' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} noStyle>
                      <Input placeholder={t('document.refKind')} style={{ width: '18%' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'issuer']} noStyle>
                      <Input placeholder={t('document.refIssuer')} style={{ width: '30%' }} />
                    </Form.Item>
                    <Button icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                  </Space.Compact>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ number: '' })} style={{ alignSelf: 'flex-start' }}>
                  {t('document.refAdd')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item label={t('document.deadlines')}>
          <Form.List name="deadlines">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field) => (
                  <Space.Compact key={field.key} style={{ width: '100%' }}>
                    <Form.Item name={[field.name, 'date']} noStyle>
                      <DatePicker format={DATE_FORMAT} placeholder={t('document.date')} style={{ width: '25%' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'what']} noStyle>
                      <Input placeholder={t('document.deadlineWhat')} style={{ width: '75%' }} />
                    </Form.Item>
                    <Button icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                  </Space.Compact>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ what: '' })} style={{ alignSelf: 'flex-start' }}>
                  {t('document.deadlineAdd')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item label={t('document.signer')} {...mark('signer')}>
          <Flex gap={8} wrap>
            <Form.Item name={['signer', 'authority']} noStyle>
              <Select
                aria-label={t('document.signerAuthority')}
                placeholder={t('document.signerAuthority')}
                allowClear
                options={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a }))}
                style={{ width: 110 }}
              />
            </Form.Item>
            <Form.Item name={['signer', 'onBehalfOf']} noStyle>
              <Input placeholder={t('document.signerOnBehalfOf')} aria-label={t('document.signerOnBehalfOf')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={['signer', 'title']} noStyle>
              <Input placeholder={t('document.signerTitle')} aria-label={t('document.signerTitle')} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name={['signer', 'name']} noStyle>
              <Input placeholder={t('document.signerName')} aria-label={t('document.signerName')} style={{ width: 200 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
        {footer}
      </Form>
    </Flex>
  );
}
