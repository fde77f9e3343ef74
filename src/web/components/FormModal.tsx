import type { FormInstance } from 'antd';
import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

interface FormModalProps {
  open: boolean;
  title: ReactNode;
  /** The form the OK button submits. */
  form: FormInstance;
  onClose: () => void;
  pending: boolean;
  width?: number;
  /** For destructive forms (closing a unit). */
  danger?: boolean;
  /** The OK button's label, when "Save" does not say what it does (issuing a document). */
  okText?: ReactNode;
  children: ReactNode;
}

/** A modal whose OK button submits its form: Save / Cancel, spinner while saving, reset on close. */
export function FormModal({ open, title, form, onClose, pending, width = 600, danger, okText, children }: FormModalProps) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={width}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}
