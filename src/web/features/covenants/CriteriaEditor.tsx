import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Covenant, CriterionKind } from '../../../contract/covenants.js';
import { maxTotal } from '../../../core/covenants/criteria-table.js';
import { ApiError } from '../../api/client.js';
import { useT } from '../../i18n/useT.js';
import { codeDepth, criteriaBody, editorRowsOf, indexedFieldErrors, suggestNextCode, type CriterionEditorRow, type IndexedFieldErrors } from './covenant-model.js';
import { points, useCovenantError } from './covenant-parts.js';
import { useCovenantIndicators, useUpdateCovenant } from './useCovenants.js';

const KINDS: readonly CriterionKind[] = ['group', 'criterion', 'bonus', 'penalty'];
const NO_ERRORS: IndexedFieldErrors = { rows: new Map(), general: [] };

/** A server message under the input it is about. */
function FieldError({ message }: { message: string | undefined }) {
  return message ? (
    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
      {message}
    </Typography.Text>
  ) : null;
}

/**
 * Writes the whole bảng tiêu chí and saves it in one PATCH. The server checks the table (codes,
 * groups' maxima); its errors (`criteria.3.maxPoints`) are shown on the row they name.
 */
export function CriteriaEditor({ covenant, onClose }: { covenant: Covenant; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const covenantError = useCovenantError();
  const update = useUpdateCovenant(covenant.id);
  const indicators = useCovenantIndicators(covenant.id);
  const [rows, setRows] = useState<CriterionEditorRow[]>(() => editorRowsOf(covenant.criteria));
  const [errors, setErrors] = useState<IndexedFieldErrors>(NO_ERRORS);
  const nextKey = useRef(0);

  const blank = (previous: CriterionEditorRow | undefined): CriterionEditorRow => ({
    key: `new-${nextKey.current++}`,
    code: suggestNextCode(previous),
    name: '',
    kind: 'criterion',
    maxPoints: null,
    evidenceRequired: false,
    indicatorId: null,
  });

  // Row errors are by position: a row added or removed leaves them pointing elsewhere.
  const restructure = (next: CriterionEditorRow[]) => {
    setRows(next);
    setErrors(NO_ERRORS);
  };
  const patch = (index: number, change: Partial<CriterionEditorRow>) => {
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...change } : r)));
    setErrors((e) => {
      const own = e.rows.get(index);
      if (!own) return e;
      const rowsCopy = new Map(e.rows);
      const rest = Object.fromEntries(Object.entries(own).filter(([field]) => !(field in change)));
      rowsCopy.set(index, rest);
      return { ...e, rows: rowsCopy };
    });
  };

  const save = () =>
    update.mutate(
      { criteria: criteriaBody(rows), version: covenant.version },
      {
        onSuccess: () => {
          void message.success(t('covenant.criteria.saved'));
          onClose();
        },
        onError: (error) => {
          setErrors(error instanceof ApiError ? indexedFieldErrors(error.fields, 'criteria') : NO_ERRORS);
          covenantError(error);
        },
      },
    );

  const total = maxTotal(criteriaBody(rows).map((r) => ({ kind: r.kind, maxPoints: r.maxPoints, parentCode: codeDepth(r.code) === 0 ? null : r.code })));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('covenant.criteria.editorHint')}</Typography.Paragraph>
      {errors.general.length > 0 && <Alert type="error" showIcon title={errors.general.join('; ')} style={{ marginBottom: 12 }} />}
      <Table<CriterionEditorRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('covenant.criteria.empty') }}
        columns={[
          {
            title: t('covenant.criteria.code'),
            key: 'code',
            width: 130,
            render: (_, r, i) => {
              const error = errors.rows.get(i)?.code;
              return (
                <>
                  <Input
                    aria-label={t('covenant.criteria.rowCode', { n: i + 1 })}
                    value={r.code}
                    maxLength={30}
                    status={error ? 'error' : undefined}
                    onChange={(e) => patch(i, { code: e.target.value })}
                    style={{ marginInlineStart: Math.min(codeDepth(r.code), 3) * 12, width: `calc(100% - ${Math.min(codeDepth(r.code), 3) * 12}px)` }}
                  />
                  <FieldError message={error ?? errors.rows.get(i)?.row} />
                </>
              );
            },
          },
          {
            title: t('covenant.criteria.name'),
            key: 'name',
            render: (_, r, i) => {
              const error = errors.rows.get(i)?.name;
              return (
                <>
                  <Input.TextArea
                    aria-label={t('covenant.criteria.rowName', { n: i + 1 })}
                    value={r.name}
                    maxLength={1000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    status={error ? 'error' : undefined}
                    onChange={(e) => patch(i, { name: e.target.value })}
                    style={r.kind === 'group' ? { fontWeight: 600 } : undefined}
                  />
                  <FieldError message={error} />
                </>
              );
            },
          },
          {
            title: t('covenant.criteria.kind'),
            key: 'kind',
            width: 150,
            render: (_, r, i) => {
              const error = errors.rows.get(i)?.kind;
              return (
                <>
                  <Select<CriterionKind>
                    aria-label={t('covenant.criteria.rowKind', { n: i + 1 })}
                    value={r.kind}
                    status={error ? 'error' : undefined}
                    onChange={(kind) => patch(i, { kind })}
                    options={KINDS.map((k) => ({ value: k, label: t(`covenant.kind.${k}`) }))}
                    style={{ width: '100%' }}
                  />
                  <FieldError message={error} />
                </>
              );
            },
          },
          {
            title: t('covenant.criteria.maxPoints'),
            key: 'maxPoints',
            width: 140,
            render: (_, r, i) => {
              const error = errors.rows.get(i)?.maxPoints;
              return (
                <>
                  <InputNumber
                    aria-label={t('covenant.criteria.rowMax', { n: i + 1 })}
                    value={r.maxPoints}
                    min={0}
                    max={10_000}
                    precision={2}
                    decimalSeparator=","
                    status={error ? 'error' : undefined}
                    onChange={(v) => patch(i, { maxPoints: v })}
                    style={{ width: '100%' }}
                  />
                  <FieldError message={error} />
                </>
              );
            },
          },
          {
            title: t('covenant.criteria.evidence'),
            key: 'evidence',
            width: 170,
            render: (_, r, i) => (
              <Checkbox
                aria-label={t('covenant.criteria.rowEvidence', { n: i + 1 })}
                checked={r.evidenceRequired}
                disabled={r.kind === 'group'}
                onChange={(e) => patch(i, { evidenceRequired: e.target.checked })}
              >
                {t('covenant.criteria.evidenceRequired')}
              </Checkbox>
            ),
          },
          {
            title: t('covenant.criteria.indicator'),
            key: 'indicator',
            width: 220,
            render: (_, r, i) =>
              r.kind === 'criterion' && (
                <Select<string>
                  allowClear
                  aria-label={t('covenant.criteria.rowIndicator', { n: i + 1 })}
                  value={r.indicatorId ?? undefined}
                  onChange={(v) => patch(i, { indicatorId: v ?? null })}
                  placeholder={t('covenant.criteria.noIndicator')}
                  style={{ width: '100%' }}
                  options={(indicators.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}${x.unitOfMeasure ? ` (${x.unitOfMeasure})` : ''} — ${x.movementName}` }))}
                  popupMatchSelectWidth={false}
                />
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_, r, i) => (
              <Flex gap={4}>
                <Button size="small" aria-label={t('covenant.criteria.insertBelowRow', { n: i + 1 })} onClick={() => restructure([...rows.slice(0, i + 1), blank(r), ...rows.slice(i + 1)])}>
                  {t('covenant.criteria.insertBelow')}
                </Button>
                <Button size="small" danger aria-label={t('covenant.criteria.removeRow', { n: i + 1 })} onClick={() => restructure(rows.filter((_, j) => j !== i))}>
                  {t('common.delete')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => restructure([...rows, blank(rows[rows.length - 1])])}>
          {t('covenant.criteria.addRow')}
        </Button>
        <Typography.Text strong>{t('covenant.criteria.maxTotalOf', { points: points(total) })}</Typography.Text>
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={save}>
            {t('covenant.criteria.save')}
          </Button>
        </Flex>
      </Flex>
    </>
  );
}
