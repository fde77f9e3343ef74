import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Upload } from 'antd';
import type { Document, DocumentFile } from '../../../contract/documents.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { contentTypeOf, FILE_TYPES } from './format.js';
import { useUploadDocumentFile } from './useDocuments.js';

/** Attachments: list with downloads, and an upload while the document can still change. */
export function DocumentFilesCard({ document, canWrite }: { document: Document; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const upload = useUploadDocumentFile(document.id);
  const { download, pending } = useDownload();
  const accepted = Object.keys(FILE_TYPES).map((e) => `.${e}`).join(',');
  return (
    <Card
      size="small"
      title={t('document.files')}
      style={{ marginBottom: 16 }}
      extra={
        canWrite &&
        document.status !== 'issued' && (
          <Upload
            accept={accepted}
            showUploadList={false}
            beforeUpload={(file) => {
              const contentType = contentTypeOf(file.name);
              if (!contentType) {
                void message.error(t('document.fileBadType', { types: accepted }));
                return Upload.LIST_IGNORE;
              }
              upload.mutate(
                { file, contentType },
                { onSuccess: (f) => void message.success(t('document.fileUploaded', { name: f.name })), onError: (e) => showError(e) },
              );
              return Upload.LIST_IGNORE;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('document.fileUpload')}
            </Button>
          </Upload>
        )
      }
    >
      <Table<DocumentFile>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={document.files}
        locale={{ emptyText: t('document.filesNone') }}
        columns={[
          {
            title: t('document.files'),
            key: 'name',
            render: (_, f) => (
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                loading={pending === f.id}
                onClick={() => void download(f.id, `/api/documents/${document.id}/files/${f.id}`, {}, f.name)}
              >
                {f.name}
              </Button>
            ),
          },
          { title: t('document.fileSize'), key: 'size', width: 120, render: (_, f) => `${Math.max(1, Math.round(f.size / 1024))} KB` },
          { title: t('document.date'), key: 'at', width: 170, render: (_, f) => formatDateTimeVi(f.createdAt) },
        ]}
      />
    </Card>
  );
}
