import { App, Form, Select } from 'antd';
import type { Movement } from '../../../contract/reporting.js';
import { useShowError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { useIndicatorsFromDocument } from './useMovements.js';

/** "Lấy chỉ tiêu từ văn bản": the targets read from one of the basis documents become indicators. */
export function FromDocumentModal({ open, onClose, movement }: { open: boolean; onClose: () => void; movement: Movement }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ documentId: string }>();
  const take = useIndicatorsFromDocument(movement.id);
  const before = movement.indicators.length;

  const onFinish = ({ documentId }: { documentId: string }) =>
    take.mutate(documentId, {
      onSuccess: (saved) => {
        const added = saved.indicators.length - before;
        void message.success(added > 0 ? t('indicator.fromDocumentAdded', { count: added }) : t('indicator.fromDocumentNone'));
        onClose();
      },
      onError: (e) => showError(e, form),
    });

  return (
    <FormModal open={open} title={t('indicator.fromDocument')} form={form} onClose={onClose} pending={take.isPending} okText={t('indicator.fromDocumentOk')}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ documentId: movement.basisDocuments[0]?.documentId }}>
        <Form.Item label={t('movement.basisDocument')} name="documentId" extra={t('indicator.fromDocumentHelp')} rules={[{ required: true, message: t('common.required') }]}>
          <Select<string>
            options={movement.basisDocuments.map((d) => ({
              value: d.documentId,
              label: [d.documentNumber ?? t('movement.unnumberedDocument'), d.subject].filter(Boolean).join(' — '),
            }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
