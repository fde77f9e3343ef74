import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import type { Nomination } from '../../../contract/nominations.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { RemoveFileButton, UploadFilesButton } from '../../components/FileActions.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { nominationPath, useDeleteNominationFile, useUploadNominationFile } from './useNominations.js';

type NominationFile = Nomination['files'][number];

/** Tệp đính kèm of a nomination (minutes, certificates of initiatives…): uploaded while a draft, downloadable always. */
export function NominationFiles({ nomination, editable }: { nomination: Nomination; editable: boolean }) {
  const t = useT();
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
              <RemoveFileButton
                confirm={t('nomination.fileRemoveConfirm', { name: f.name })}
                label={t('nomination.fileRemove', { name: f.name })}
                removed={t('nomination.fileRemoved')}
                remove={() => remove.mutateAsync(f.id)}
              />
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
          <UploadFilesButton
            label={t('nomination.fileUpload')}
            loading={upload.isPending}
            send={(file, contentType) => upload.mutateAsync({ file, name: file.name, contentType })}
            done={(name) => t('nomination.fileUploaded', { name })}
          />
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
