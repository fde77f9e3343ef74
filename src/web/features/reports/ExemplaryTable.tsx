import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../../../contract/errors.js';
import { useT } from '../../i18n/useT.js';
import { newRowKey, type ExemplaryRow } from './report-draft.js';

interface Props {
  rows: ExemplaryRow[];
  editable: boolean;
  fieldErrors: FieldErrors;
  /** The new list, and the error paths the change makes obsolete. */
  onChange: (rows: ExemplaryRow[], fields: string[]) => void;
}

type Field = 'kind' | 'name' | 'position' | 'achievement';
const CELL_PATH = /^exemplary\.\d+\.(kind|name|position|achievement)$/;

/** Danh sách tập thể, cá nhân tiêu biểu: rows added, edited and removed in place. */
export function ExemplaryTable({ rows, editable, fieldErrors, onChange }: Props) {
  const t = useT();
  const label = (field: Field, index: number) => t('report.exemplary.rowLabel', { field: t(`report.exemplary.${field}`), row: index + 1 });
  const set = (index: number, field: Field, value: string) =>
    onChange(
      rows.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
      [`exemplary.${index}.${field}`],
    );
  const withError = (index: number, field: Field, input: ReactNode) => {
    const error = fieldErrors[`exemplary.${index}.${field}`];
    return (
      <Flex vertical gap={2}>
        {input}
        {error && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {error}
          </Typography.Text>
        )}
      </Flex>
    );
  };
  const kindText = (kind: ExemplaryRow['kind']) => t(`report.exemplary.${kind}`);

  const columns: TableColumnsType<ExemplaryRow> = [
    { title: '#', key: 'n', width: 44, render: (_, __, i) => i + 1 },
    {
      title: t('report.exemplary.kind'),
      key: 'kind',
      width: 110,
      render: (_, r, i) =>
        editable ? (
          <Select<ExemplaryRow['kind']>
            aria-label={label('kind', i)}
            value={r.kind}
            onChange={(v) => set(i, 'kind', v)}
            options={(['collective', 'person'] as const).map((k) => ({ value: k, label: kindText(k) }))}
            style={{ width: '100%' }}
          />
        ) : (
          kindText(r.kind)
        ),
    },
    {
      title: t('report.exemplary.name'),
      key: 'name',
      width: 180,
      render: (_, r, i) =>
        editable
          ? withError(i, 'name', <Input aria-label={label('name', i)} value={r.name} maxLength={300} status={fieldErrors[`exemplary.${i}.name`] ? 'error' : undefined} onChange={(e) => set(i, 'name', e.target.value)} />)
          : r.name,
    },
    {
      title: t('report.exemplary.position'),
      key: 'position',
      width: 160,
      render: (_, r, i) =>
        editable
          ? withError(i, 'position', <Input aria-label={label('position', i)} value={r.position ?? ''} maxLength={300} onChange={(e) => set(i, 'position', e.target.value)} />)
          : r.position,
    },
    {
      title: t('report.exemplary.achievement'),
      key: 'achievement',
      render: (_, r, i) =>
        editable ? (
          withError(
            i,
            'achievement',
            <Input.TextArea
              aria-label={label('achievement', i)}
              value={r.achievement}
              maxLength={4000}
              autoSize={{ minRows: 1, maxRows: 6 }}
              onChange={(e) => set(i, 'achievement', e.target.value)}
            />,
          )
        ) : (
          <span style={{ whiteSpace: 'pre-wrap' }}>{r.achievement}</span>
        ),
    },
    ...(editable
      ? [
          {
            title: '',
            key: 'remove',
            width: 56,
            render: (_: unknown, __: ExemplaryRow, i: number) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('report.exemplary.remove', { row: i + 1 })}
                title={t('report.exemplary.remove', { row: i + 1 })}
                // Rows below move up: errors keyed by row number no longer point at the right row.
                onClick={() => onChange(rows.filter((_, j) => j !== i), ['exemplary'])}
              />
            ),
          },
        ]
      : []),
  ];

  // Errors on a cell show under it; the rest (about the list as a whole) above the table.
  const listErrors = Object.entries(fieldErrors)
    .filter(([path]) => (path === 'exemplary' || path.startsWith('exemplary.')) && !CELL_PATH.test(path))
    .map(([, message]) => message);
  return (
    <Card
      size="small"
      title={t('report.exemplary')}
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...rows, { key: newRowKey(), kind: 'collective', name: '', position: null, achievement: '' }], [])}
          >
            {t('report.exemplary.add')}
          </Button>
        )
      }
    >
      {listErrors.map((m) => (
        <Typography.Paragraph key={m} type="danger">
          {m}
        </Typography.Paragraph>
      ))}
      <Table<ExemplaryRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('report.exemplary.none') }}
      />
    </Card>
  );
}
