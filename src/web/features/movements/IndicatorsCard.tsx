import { App, Button, Card, Flex, Popconfirm, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Indicator, Movement } from '../../../contract/reporting.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { baselineText, targetsText } from './format.js';
import { FromDocumentModal } from './FromDocumentModal.js';
import { IndicatorFormModal } from './IndicatorFormModal.js';
import { useDeleteIndicator } from './useMovements.js';

/** Chỉ tiêu of a movement, in their order; the launching side adds, edits, removes and takes them from a document. */
export function IndicatorsCard({ movement }: { movement: Movement }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const remove = useDeleteIndicator();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [fromDocument, setFromDocument] = useState(false);
  const codeOf = (id: string | null) => movement.indicators.find((i) => i.id === id)?.code ?? '';

  const columns: TableColumnsType<Indicator> = [
    // Codes read from a document run long (TY_LE_HO_SO_…): they wrap rather than squeeze the name.
    { title: t('indicator.code'), key: 'code', width: 170, render: (_, i) => <span style={{ wordBreak: 'break-all' }}>{i.code}</span> },
    {
      title: t('indicator.name'),
      key: 'name',
      width: 320,
      render: (_, i) => (
        <>
          {i.name}
          {i.required && (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {t('indicator.required')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('indicator.unitOfMeasure'), dataIndex: 'unitOfMeasure', key: 'unit', width: 90 },
    { title: t('indicator.valueType'), key: 'type', width: 100, render: (_, i) => t(`indicator.valueType.${i.valueType}`) },
    { title: t('indicator.direction'), key: 'direction', width: 120, render: (_, i) => t(`indicator.direction.${i.direction}`) },
    {
      title: t('indicator.rule'),
      key: 'rule',
      width: 150,
      render: (_, i) => (i.rule === 'wavg' ? t('indicator.rule.wavgBy', { code: codeOf(i.denominatorIndicatorId) }) : t(`indicator.rule.${i.rule}`)),
    },
    { title: t('indicator.targets'), key: 'targets', width: 220, render: (_, i) => targetsText(t, i) },
    { title: t('indicator.baseline'), key: 'baseline', width: 110, render: (_, i) => baselineText(i) },
    ...(movement.canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, i: Indicator) => (
              <Flex gap={4}>
                <Button type="link" size="small" onClick={() => setEditing(i)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('indicator.deleteConfirm', { code: i.code })}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove.mutateAsync(i, { onSuccess: () => void message.success(t('common.deleted')), onError: (e) => showError(e) }).catch(() => undefined)
                  }
                >
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('indicator.title', { count: movement.indicators.length })}
      extra={
        movement.canEdit && (
          <Flex gap={8}>
            <Tooltip title={movement.basisDocuments.length === 0 ? t('indicator.fromDocumentNoBasis') : undefined}>
              <Button disabled={movement.basisDocuments.length === 0} onClick={() => setFromDocument(true)}>
                {t('indicator.fromDocument')}
              </Button>
            </Tooltip>
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('indicator.add')}
            </Button>
          </Flex>
        )
      }
    >
      <Table<Indicator>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={movement.indicators}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('indicator.empty') }}
      />
      {editing && (
        <IndicatorFormModal open movement={movement} indicator={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {fromDocument && <FromDocumentModal open movement={movement} onClose={() => setFromDocument(false)} />}
    </Card>
  );
}
