import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { ImportResult } from '../../api/types.js';
import { errorText } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { CONTENT_TYPES, EXTENSIONS, formatOfFile, type FileFormat } from './formats.js';
import { ImportRowErrors, rowErrorsOf } from './ImportRowErrors.js';

interface ImportModalProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** e.g. `/api/units/import`; the file goes as the raw body with `?format=&dryRun=`. */
  endpoint: string;
  formats: readonly FileFormat[];
  onImported: (result: ImportResult) => void;
}

/**
 * Import in two steps: a dry run checks the whole file (row errors are listed and nothing is
 * written), then the user confirms and the same file is imported for real.
 */
export function ImportModal({ open, onClose, title, endpoint, formats, onImported }: ImportModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);

  const send = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => {
      const format = formatOfFile(file!.name, formats)!;
      return api.upload<ImportResult>(endpoint, file!, CONTENT_TYPES[format], { format, dryRun: String(dryRun) });
    },
  });

  const reset = () => {
    setFile(null);
    setChecked(null);
    send.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const check = () =>
    send.mutate({ dryRun: true }, { onSuccess: (result) => setChecked(result), onError: () => setChecked(null) });
  const confirm = () =>
    send.mutate(
      { dryRun: false },
      {
        onSuccess: (result) => {
          void message.success(t('import.done', { created: result.created, updated: result.updated }));
          onImported(result);
          close();
        },
      },
    );

  const accepted = formats.map((f) => EXTENSIONS[f]).join(', ');
  const rowErrors = send.error instanceof ApiError ? rowErrorsOf(send.error.details) : [];

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button onClick={check} disabled={!file} loading={send.isPending && send.variables?.dryRun}>
            {t('import.check')}
          </Button>
          <Button type="primary" onClick={confirm} disabled={!checked} loading={send.isPending && !send.variables?.dryRun}>
            {t('import.confirm')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Upload.Dragger
          accept={accepted}
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            if (!formatOfFile(chosen.name, formats)) {
              void message.error(t('import.badFormat', { formats: accepted }));
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
          <p className="ant-upload-hint">{t('import.formats', { formats: accepted })}</p>
        </Upload.Dragger>
        {checked && (
          <Alert
            type="success"
            showIcon
            title={t('import.valid', {
              count: checked.created + checked.updated + (checked.unchanged ?? 0),
              created: checked.created,
              updated: checked.updated,
              unchanged: checked.unchanged ?? 0,
            })}
          />
        )}
        {send.isError && (
          <>
            <Alert type="error" showIcon title={errorText(send.error, t)} description={rowErrors.length ? t('import.invalid') : undefined} />
            {rowErrors.length > 0 && <ImportRowErrors errors={rowErrors} />}
          </>
        )}
        {!file && !send.isError && (
          <Typography.Text type="secondary">{t('import.chooseFile')}</Typography.Text>
        )}
      </Space>
    </Modal>
  );
}
