import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { EvidenceFile } from '../../../contract/covenants.js';
import { RemoveFileButton, UploadFilesButton } from '../../components/FileActions.js';
import { useT } from '../../i18n/useT.js';
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
            <RemoveFileButton
              confirm={t('covenant.evidence.removeConfirm', { name: f.name })}
              label={t('covenant.evidence.remove', { name: f.name })}
              removed={t('covenant.evidence.removed')}
              remove={() => remove.mutateAsync(f.id)}
            />
          )}
        </Flex>
      ))}
      {editable && (
        <UploadFilesButton
          label={t('covenant.evidence.upload')}
          ariaLabel={t('covenant.evidence.uploadFor', { code })}
          loading={upload.isPending}
          send={(file, contentType) => upload.mutateAsync({ file, name: file.name, criterionId, contentType })}
          done={(name) => t('covenant.evidence.uploaded', { name })}
        />
      )}
    </Flex>
  );
}
