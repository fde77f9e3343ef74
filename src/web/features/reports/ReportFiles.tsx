import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, Typography, Upload } from 'antd';
import type { FieldErrors } from '../../../contract/errors.js';
import type { Report } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { contentTypeOf } from '../documents/format.js';
import { useDownload } from '../transfer/useDownload.js';
import { errorsUnder } from './report-draft.js';
import { useDeleteReportFile, useUploadReportFile } from './useReports.js';

type ReportFile = Report['files'][number];

interface Props {
  report: Report;
  editable: boolean;
  fieldErrors: FieldErrors;
  /** Saves pending edits first: a change of files makes a new version of the report. */
  beforeChange: () => Promise<boolean>;
}

/** Tệp đính kèm of a report: upload (raw body with its content type), download, remove while editable. */
export function ReportFiles({ report, editable, fieldErrors, beforeChange }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const upload = useUploadReportFile(report.id);
  const remove = useDeleteReportFile(report.id);
  const { download, pending } = useDownload();
  const errors = errorsUnder(fieldErrors, 'files');

  const columns = [
    {
      title: t('report.files'),
      key: 'name',
      render: (_: unknown, f: ReportFile) => (
        <Flex vertical align="start">
          <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          loading={pending === f.id}
          onClick={() => void download(f.id, `/api/reports/${report.id}/files/${f.id}`, {}, f.name)}
          style={{ whiteSpace: 'normal', textAlign: 'start', height: 'auto' }}
        >
            {f.name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 8 }}>
            {formatDateTimeVi(f.createdAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('report.fileSize'), key: 'size', width: 90, render: (_: unknown, f: ReportFile) => `${Math.max(1, Math.round(f.size / 1024))} KB` },
    ...(editable
      ? [
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_: unknown, f: ReportFile) => (
              <Popconfirm
                title={t('report.fileRemoveConfirm', { name: f.name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={async () => {
                  if (!(await beforeChange())) return;
                  await remove.mutateAsync(f.id, {
                    onSuccess: () => void message.success(t('report.fileRemoved')),
                    onError: (error) => showError(error),
                  }).catch(() => undefined);
                }}
              >
                <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('report.fileRemove', { name: f.name })} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('report.files')}
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Upload
            multiple
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              const f = file as File;
              // The save that failed has said why.
              if (!(await beforeChange())) return onError?.(new Error('unsaved'));
              try {
                const result = await upload.mutateAsync({ file: f, name: f.name, contentType: contentTypeOf(f.name) ?? (f.type || 'application/octet-stream') });
                onSuccess?.(result);
                void message.success(t('report.fileUploaded', { name: f.name }));
              } catch (error) {
                onError?.(error instanceof Error ? error : new Error(String(error)));
                showError(error);
              }
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('report.fileUpload')}
            </Button>
          </Upload>
        )
      }
    >
      {report.template.attachmentsRequired && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('report.filesRequired')}
        </Typography.Paragraph>
      )}
      {errors.map((m) => (
        <Alert key={m} type="error" showIcon title={m} style={{ marginBottom: 8 }} />
      ))}
      <Table<ReportFile>
        rowKey="id"
        size="small"
        showHeader={false}
        pagination={false}
        dataSource={report.files}
        columns={columns}
        locale={{ emptyText: t('report.filesNone') }}
      />
    </Card>
  );
}
