import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Upload } from 'antd';
import { useShowError } from '../app/useShowError.js';
import { contentTypeOf } from '../features/documents/format.js';
import { useT } from '../i18n/useT.js';

/** The type an attachment is sent as: from its name first (browsers often leave it blank). */
export const uploadTypeOf = (file: File) => contentTypeOf(file.name) ?? (file.type || 'application/octet-stream');

/**
 * A button that sends every file the user picks, one request each; `done` names the success
 * message, a refusal shows the server's reason.
 */
export function UploadFilesButton({
  label,
  ariaLabel,
  loading,
  send,
  done,
}: {
  label: string;
  ariaLabel?: string;
  loading: boolean;
  send: (file: File, contentType: string) => Promise<unknown>;
  done: (name: string) => string;
}) {
  const { message } = App.useApp();
  const showError = useShowError();
  return (
    <Upload
      multiple
      showUploadList={false}
      customRequest={async ({ file, onSuccess, onError }) => {
        const f = file as File;
        try {
          onSuccess?.(await send(f, uploadTypeOf(f)));
          void message.success(done(f.name));
        } catch (error) {
          onError?.(error instanceof Error ? error : new Error(String(error)));
          showError(error);
        }
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={loading} aria-label={ariaLabel}>
        {label}
      </Button>
    </Upload>
  );
}

/** Removes one attachment after a confirmation naming it. */
export function RemoveFileButton({ confirm, label, removed, remove }: { confirm: string; label: string; removed: string; remove: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  return (
    <Popconfirm
      title={confirm}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        remove().then(
          () => void message.success(removed),
          (error: unknown) => showError(error),
        )
      }
    >
      <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={label} />
    </Popconfirm>
  );
}
