import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOC_TYPES, type DocType, type Document } from '../../../contract/documents.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useUpdateDocument } from './useDocuments.js';

interface Values {
  docType: DocType;
  number?: string;
  symbol?: string;
  issuerName?: string;
  place?: string;
  issuedOn?: Dayjs | null;
  receivedOn?: Dayjs | null;
  subject?: string;
}

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** Corrects the register entry of an incoming document (number, dates, issuer, subject). */
export function IncomingEditModal({ document, onClose }: { document: Document; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const update = useUpdateDocument(document.id);
  const initialValues: Values = {
    docType: document.docType,
    number: document.numberText ?? undefined,
    symbol: document.symbol ?? undefined,
    issuerName: document.issuerName ?? undefined,
    place: document.place ?? undefined,
    issuedOn: fromIsoDate(document.issuedOn) ?? null,
    receivedOn: fromIsoDate(document.receivedOn) ?? null,
    subject: document.subject ?? undefined,
  };
  const onFinish = (v: Values) =>
    update.mutate(
      {
        version: document.version,
        docType: v.docType,
        number: blank(v.number),
        symbol: blank(v.symbol),
        issuerName: blank(v.issuerName),
        place: blank(v.place),
        issuedOn: toIsoDate(v.issuedOn),
        receivedOn: toIsoDate(v.receivedOn),
        subject: blank(v.subject),
      },
      {
        onSuccess: () => {
          void message.success(t('document.updated'));
          onClose();
        },
        onError: (error: unknown) => saveError(error, form, onClose),
      },
    );
  return (
    <FormModal open title={t('document.editTitle')} form={form} onClose={onClose} pending={update.isPending} width={640}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <Form.Item label={t('document.docType')} name="docType" rules={[{ required: true, message: t('common.required') }]}>
          <Select<DocType> showSearch={{ filterOption: filterOptionFolded }} options={DOC_TYPES.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item label={t('document.numberOnly')} name="number">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('document.symbol')} name="symbol">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('document.issuer')} name="issuerName">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('document.place')} name="place">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('document.issuedOn')} name="issuedOn">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('document.receivedOn')} name="receivedOn">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('document.subject')} name="subject">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
