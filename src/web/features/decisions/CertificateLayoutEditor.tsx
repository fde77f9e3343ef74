import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Popconfirm, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { A4_LANDSCAPE, completeFields, defaultFields, fieldsOffPage, type CertificateField, type FieldPosition, type PageSize } from './certificate-layout.js';
import { CertificatePreview } from './CertificatePreview.js';
import { useCreateCertificateLayout, useDeleteCertificateLayout, useUpdateCertificateLayout, type CertificateLayout } from './useDecisions.js';

interface Props {
  unitId: string;
  /** The layout to edit; none for a new one. */
  layout?: CertificateLayout;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}

type NumberKey = 'xMm' | 'yMm' | 'widthMm' | 'fontSize';
// Arrows move by whole millimetres and points; halves can still be typed.
const NUMBER_COLUMNS: { key: NumberKey; min: number; max: number }[] = [
  { key: 'xMm', min: 0, max: 1000 },
  { key: 'yMm', min: 0, max: 1000 },
  { key: 'widthMm', min: 5, max: 1000 },
  { key: 'fontSize', min: 6, max: 72 },
];

/** Page size, and for each field x, y, width, font size, bold and alignment, with the preview beside. */
export function CertificateLayoutEditor({ unitId, layout, onSaved, onDeleted }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const create = useCreateCertificateLayout();
  const update = useUpdateCertificateLayout();
  const remove = useDeleteCertificateLayout();
  const [name, setName] = useState(layout?.name ?? t('certificate.defaultName'));
  const [page, setPage] = useState<PageSize>(layout ? { pageWidthMm: layout.pageWidthMm, pageHeightMm: layout.pageHeightMm } : A4_LANDSCAPE);
  const [fields, setFields] = useState<FieldPosition[]>(() => (layout ? completeFields(layout.fields, page) : defaultFields()));
  const [selected, setSelected] = useState<CertificateField | null>('name');
  const off = fieldsOffPage(fields, page);

  const patch = (field: CertificateField, change: Partial<FieldPosition>) => setFields((fs) => fs.map((f) => (f.field === field ? { ...f, ...change } : f)));

  const onError = (e: unknown) => (e instanceof ApiError && e.isStaleVersion ? void message.warning(t('error.staleReloaded')) : showError(e));
  const save = () => {
    const body = { name: name.trim(), ...page, fields };
    if (!body.name) {
      void message.error(t('certificate.nameRequired'));
      return;
    }
    if (layout) {
      update.mutate(
        { id: layout.id, body: { ...body, version: layout.version } },
        { onSuccess: (saved) => (void message.success(t('common.saved')), onSaved(saved.id)), onError },
      );
    } else {
      create.mutate({ ...body, unitId }, { onSuccess: (saved) => (void message.success(t('common.saved')), onSaved(saved.id)), onError });
    }
  };

  const columns: TableColumnsType<FieldPosition> = [
    { title: t('certificate.fieldCol'), key: 'field', render: (_, f) => t(`certificate.field.${f.field}`) },
    ...NUMBER_COLUMNS.map((c) => ({
      title: t(`certificate.col.${c.key}`),
      key: c.key,
      width: 110,
      render: (_: unknown, f: FieldPosition) => (
        <InputNumber
          size="small"
          aria-label={t('certificate.inputOf', { what: t(`certificate.col.${c.key}`), field: t(`certificate.field.${f.field}`) })}
          min={c.min}
          max={c.max}
          value={f[c.key]}
          onChange={(v) => v !== null && patch(f.field, { [c.key]: v })}
          onFocus={() => setSelected(f.field)}
          style={{ width: 90 }}
        />
      ),
    })),
    {
      title: t('certificate.col.bold'),
      key: 'bold',
      width: 70,
      render: (_, f) => (
        <Checkbox
          aria-label={t('certificate.inputOf', { what: t('certificate.col.bold'), field: t(`certificate.field.${f.field}`) })}
          checked={f.bold}
          onChange={(e) => patch(f.field, { bold: e.target.checked })}
        />
      ),
    },
    {
      title: t('certificate.col.align'),
      key: 'align',
      width: 130,
      render: (_, f) => (
        <Select<'left' | 'center'>
          size="small"
          aria-label={t('certificate.inputOf', { what: t('certificate.col.align'), field: t(`certificate.field.${f.field}`) })}
          value={f.align}
          onChange={(align) => patch(f.field, { align })}
          options={[
            { value: 'center', label: t('certificate.align.center') },
            { value: 'left', label: t('certificate.align.left') },
          ]}
          style={{ width: 110 }}
        />
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={layout ? layout.name : t('certificate.new')}
      extra={
        <Flex gap={8}>
          {layout && (
            <Popconfirm
              title={t('certificate.deleteConfirm', { name: layout.name })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => remove.mutate(layout.id, { onSuccess: () => (void message.success(t('common.deleted')), onDeleted()), onError })}
            >
              <Button size="small" danger loading={remove.isPending}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
          <Button size="small" type="primary" loading={create.isPending || update.isPending} onClick={save}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t('certificate.name')} required>
          <Input aria-label={t('certificate.name')} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label={t('certificate.pageWidth')}>
          <InputNumber aria-label={t('certificate.pageWidth')} min={100} max={600} precision={0} suffix="mm" value={page.pageWidthMm} onChange={(v) => v !== null && setPage((p) => ({ ...p, pageWidthMm: v }))} />
        </Form.Item>
        <Form.Item label={t('certificate.pageHeight')}>
          <InputNumber aria-label={t('certificate.pageHeight')} min={100} max={600} precision={0} suffix="mm" value={page.pageHeightMm} onChange={(v) => v !== null && setPage((p) => ({ ...p, pageHeightMm: v }))} />
        </Form.Item>
        <Form.Item>
          <Button size="small" onClick={() => setPage(A4_LANDSCAPE)}>
            {t('certificate.a4')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button size="small" onClick={() => setFields(defaultFields(page))}>
            {t('certificate.resetFields')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('certificate.hint')}</Typography.Paragraph>
      {off.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('certificate.offPage', { fields: off.map((f) => t(`certificate.field.${f}`)).join(', ') })}
          style={{ marginBottom: 12 }}
        />
      )}
      <div style={{ marginBottom: 16 }}>
        <CertificatePreview page={page} fields={fields} selected={selected} onSelect={setSelected} onMove={(f) => patch(f.field, f)} />
      </div>
      <Table<FieldPosition>
        rowKey="field"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={fields}
        scroll={{ x: 800 }}
        onRow={(f) => ({ onClick: () => setSelected(f.field), style: f.field === selected ? { background: 'rgba(22, 119, 255, 0.06)' } : undefined })}
      />
    </Card>
  );
}
