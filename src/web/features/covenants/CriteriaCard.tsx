import { DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Typography, Table } from 'antd';
import { useState } from 'react';
import type { Covenant } from '../../../contract/covenants.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { criteriaTree, type CriterionTreeRow } from './covenant-model.js';
import { CriterionKindTag, points } from './covenant-parts.js';
import { CriteriaEditor } from './CriteriaEditor.js';
import { CriteriaImportModal } from './CriteriaImportModal.js';
import { covenantFiles } from './useCovenants.js';

/** Bảng tiêu chí: groups in bold with their maximum, criteria indented below; editable while a draft. */
export function CriteriaCard({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const { download, pending } = useDownload();
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const editable = c.canManage && c.status === 'draft';
  const rows = criteriaTree(c.criteria);

  const downloadButton = (
    <Button icon={<DownloadOutlined />} loading={pending === 'criteria'} onClick={() => void download('criteria', covenantFiles.criteria(c.id), {}, 'bang-tieu-chi.xlsx')}>
      {t('covenant.criteria.download')}
    </Button>
  );

  return (
    <Card
      size="small"
      title={t('covenant.criteria.title')}
      style={{ marginBottom: 16 }}
      extra={
        !editing && (
          <>
            {downloadButton}{' '}
            {editable && (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  {t('covenant.criteria.import')}
                </Button>{' '}
                <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('covenant.criteria.edit')}
                </Button>
              </>
            )}
          </>
        )
      }
    >
      {editing ? (
        <CriteriaEditor covenant={c} onClose={() => setEditing(false)} />
      ) : (
        <Table<CriterionTreeRow>
          rowKey={(r) => r.criterion.id}
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('covenant.criteria.empty') }}
          columns={[
            {
              title: t('covenant.criteria.code'),
              key: 'code',
              width: 120,
              render: (_, { criterion: r, depth }) => (
                <Typography.Text strong={r.kind === 'group'} style={{ paddingInlineStart: depth * 16 }}>
                  {r.code}
                </Typography.Text>
              ),
            },
            {
              title: t('covenant.criteria.name'),
              key: 'name',
              render: (_, { criterion: r, depth }) => (
                <span style={{ paddingInlineStart: depth * 16, display: 'inline-block' }}>
                  <Typography.Text strong={r.kind === 'group'}>{r.name}</Typography.Text> <CriterionKindTag kind={r.kind} />
                </span>
              ),
            },
            {
              title: t('covenant.criteria.maxPoints'),
              key: 'max',
              width: 120,
              align: 'right',
              render: (_, { criterion: r }) => <Typography.Text strong={r.kind === 'group'}>{points(r.maxPoints)}</Typography.Text>,
            },
            {
              title: t('covenant.criteria.evidence'),
              key: 'evidence',
              width: 150,
              render: (_, { criterion: r }) => (r.evidenceRequired ? t('covenant.criteria.evidenceRequired') : ''),
            },
          ]}
          summary={() =>
            rows.length > 0 && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong>{t('covenant.maxTotal')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <Typography.Text strong>{points(c.maxTotal)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} />
              </Table.Summary.Row>
            )
          }
        />
      )}
      {importing && <CriteriaImportModal covenantId={c.id} version={c.version} onClose={() => setImporting(false)} />}
    </Card>
  );
}
