import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Typography, Upload } from 'antd';
import type { Nomination } from '../../../contract/nominations.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { contentTypeOf } from '../documents/format.js';
import { useDownload } from '../transfer/useDownload.js';
import { nominationPath, useDeleteNominationFile, useUploadNominationFile } from './useNominations.js';

type NominationFile = Nomination['files'][number];

/** Tệp đính kèm of a nomination (minutes, certificates of initiatives…): uploaded while a draft, downloadable always. */
export function NominationFiles({ nomination, editable }: { nomination: Nomination; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const upload = useUploadNominationFile(nomination.id);
  const remove = useDeleteNominationFile(nomination.id);
  const { download, pending } = useDownload();
  const fileUrl = (f: NominationFile) => `${nominationPath(nomination.id)}/files/${f.id}`;

  const columns = [
    {
      title: t('nomination.files'),
      key: 'name',
      render: (_: unknown, f: NominationFile) => (
        <Flex vertical align="start">
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            loading={pending === f.id}
            onClick={() => void download(f.id, fileUrl(f), {}, f.name)}
            style={{ whiteSpace: 'normal', textAlign: 'start', height: 'auto' }}
          >
            {f.name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 8 }}>
            {formatDateTimeVi(f.createdAt)} · {Math.max(1, Math.round(f.size / 1024))} KB
          </Typography.Text>
        </Flex>
      ),
    },
    ...(editable
      ? [
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_: unknown, f: NominationFile) => (
              <Popconfirm
                title={t('nomination.fileRemoveConfirm', { name: f.name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(f.id).then(
                    () => void message.success(t('nomination.fileRemoved')),
                    (error: unknown) => showError(error),
                  )
                }
              >
                <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('nomination.fileRemove', { name: f.name })} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('nomination.files')}
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Upload
            multiple
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              const f = file as File;
              try {
                const result = await upload.mutateAsync({ file: f, name: f.name, contentType: contentTypeOf(f.name) ?? (f.type || 'application/octet-stream') });
                onSuccess?.(result);
                void message.success(t('nomination.fileUploaded', { name: f.name }));
              } catch (error) {
                onError?.(error instanceof Error ? error : new Error(String(error)));
                showError(error);
              }
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('nomination.fileUpload')}
            </Button>
          </Upload>
        )
      }
    >
      <Table<NominationFile>
        rowKey="id"
        size="small"
        showHeader={false}
        pagination={false}
        dataSource={nomination.files}
        columns={columns}
        locale={{ emptyText: t('nomination.filesNone') }}
      />
    </Card>
  );
}
