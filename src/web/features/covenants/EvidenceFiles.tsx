import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Upload } from 'antd';
import type { EvidenceFile } from '../../../contract/covenants.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { contentTypeOf } from '../documents/format.js';
import { useDownload } from '../transfer/useDownload.js';
import { evidenceFileUrl, useDeleteEvidence, useUploadEvidence } from './useCovenants.js';

/** The files attached as evidence for one criterion of a sheet: links to download, and while open, upload and removal. */
export function EvidenceFiles({
  covenantId,
  unitId,
  criterionId,
  code,
  files,
  editable,
}: {
  covenantId: string;
  unitId: string;
  criterionId: string;
  code: string;
  files: readonly EvidenceFile[];
  editable: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const upload = useUploadEvidence(covenantId, unitId);
  const remove = useDeleteEvidence(covenantId, unitId);
  const { download, pending } = useDownload();
  if (!editable && files.length === 0) return null;
  return (
    <Flex vertical align="start" gap={2} style={{ marginTop: 4 }}>
      {files.map((f) => (
        <Flex key={f.id} align="center" gap={2}>
          <Button
            type="link"
            size="small"
            icon={<PaperClipOutlined />}
            loading={pending === f.id}
            onClick={() => void download(f.id, evidenceFileUrl(covenantId, unitId, f.id), {}, f.name)}
            style={{ whiteSpace: 'normal', textAlign: 'start', height: 'auto', paddingInline: 0 }}
          >
            {f.name} ({Math.max(1, Math.round(f.size / 1024))} KB)
          </Button>
          {editable && (
            <Popconfirm
              title={t('covenant.evidence.removeConfirm', { name: f.name })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutateAsync(f.id).then(
                  () => void message.success(t('covenant.evidence.removed')),
                  (error: unknown) => showError(error),
                )
              }
            >
              <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('covenant.evidence.remove', { name: f.name })} />
            </Popconfirm>
          )}
        </Flex>
      ))}
      {editable && (
        <Upload
          multiple
          showUploadList={false}
          customRequest={async ({ file, onSuccess, onError }) => {
            const f = file as File;
            try {
              const result = await upload.mutateAsync({ file: f, name: f.name, criterionId, contentType: contentTypeOf(f.name) ?? (f.type || 'application/octet-stream') });
              onSuccess?.(result);
              void message.success(t('covenant.evidence.uploaded', { name: f.name }));
            } catch (error) {
              onError?.(error instanceof Error ? error : new Error(String(error)));
              showError(error);
            }
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} aria-label={t('covenant.evidence.uploadFor', { code })}>
            {t('covenant.evidence.upload')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
