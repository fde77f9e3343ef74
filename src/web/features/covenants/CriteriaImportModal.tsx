import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { EXTENSIONS, formatOfFile, type FileFormat } from '../transfer/formats.js';
import { ImportRowErrors, rowErrorsOf } from '../transfer/ImportRowErrors.js';
import { importedRowCount } from './covenant-model.js';
import { useImportCriteria } from './useCovenants.js';

/**
 * Replaces the draft's criteria table from an XLSX (or CSV) file in two steps, like the other imports:
 * a dry run reads the whole file (its row errors are listed, nothing is written), then the same
 * file is imported for real.
 */
const FORMATS: readonly FileFormat[] = ['xlsx', 'csv'];
const ACCEPTED = FORMATS.map((f) => EXTENSIONS[f]).join(', ');

export function CriteriaImportModal({ covenantId, version, onClose }: { covenantId: string; version: number; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const send = useImportCriteria(covenantId);
  const [file, setFile] = useState<File | null>(null);
  const format = file ? formatOfFile(file.name, FORMATS) : null;
  const [checked, setChecked] = useState<{ count: number | null } | null>(null);

  const reset = () => {
    setFile(null);
    setChecked(null);
    send.reset();
  };
  const check = () =>
    file && format && send.mutate({ file, format, dryRun: true, version }, { onSuccess: (result) => setChecked({ count: importedRowCount(result) }), onError: () => setChecked(null) });
  const confirm = () =>
    file &&
    format &&
    send.mutate(
      { file, format, dryRun: false, version },
      {
        onSuccess: () => {
          void message.success(t('covenant.criteria.imported'));
          onClose();
        },
      },
    );

  const rowErrors = send.error instanceof ApiError ? rowErrorsOf(send.error.details) : [];
  const fieldErrors = send.error instanceof ApiError && send.error.fields ? Object.entries(send.error.fields) : [];

  return (
    <Modal
      open
      title={t('covenant.criteria.importTitle')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button onClick={check} disabled={!file} loading={send.isPending && send.variables?.dryRun}>
            {t('import.check')}
          </Button>
          <Button type="primary" onClick={confirm} disabled={!checked} loading={send.isPending && !send.variables?.dryRun}>
            {t('covenant.criteria.importConfirm')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text type="secondary">{t('covenant.criteria.importHint')}</Typography.Text>
        <Upload.Dragger
          accept={ACCEPTED}
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            if (!formatOfFile(chosen.name, FORMATS)) {
              void message.error(t('import.badFormat', { formats: ACCEPTED }));
              return Upload.LIST_IGNORE;
            }
            reset();
            setFile(chosen);
            return false;
          }}
          onRemove={() => reset()}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.dropHint')}</p>
          <p className="ant-upload-hint">{t('import.formats', { formats: ACCEPTED })}</p>
        </Upload.Dragger>
        {checked && (
          <Alert
            type="success"
            showIcon
            title={checked.count === null ? t('covenant.criteria.importValidNoCount') : t('covenant.criteria.importValid', { count: checked.count })}
          />
        )}
        {send.isError && (
          <>
            <Alert type="error" showIcon title={errorText(send.error, t)} description={rowErrors.length ? t('import.invalid') : undefined} />
            {rowErrors.length > 0 && <ImportRowErrors errors={rowErrors} />}
            {rowErrors.length === 0 && fieldErrors.length > 1 && (
              <ul style={{ margin: 0 }}>
                {fieldErrors.map(([field, text]) => (
                  <li key={field}>{text}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
