import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { FieldErrors } from '../../../contract/errors.js';
import type { Indicator, Report, ReportValue, ValidationIssue } from '../../../contract/reporting.js';
import type { UnitLevel } from '../../../core/reporting/targets.js';
import { useT } from '../../i18n/useT.js';
import { indicatorError } from './report-draft.js';
import { targetText, valueText } from './report-format.js';
import { ValueInput } from './ValueInput.js';

interface Props {
  report: Report;
  /** Warnings the figures on screen raise (the server's issues list only unexplained ones). */
  warnings: ValidationIssue[];
  values: Record<string, ReportValue>;
  editable: boolean;
  fieldErrors: FieldErrors;
  /** The reporting unit's level, to show the target that applies to it; null while unknown. */
  level: UnitLevel | null;
  onChange: (indicatorId: string, value: ReportValue) => void;
}

/** Số liệu chỉ tiêu: one row per indicator of the template, in its order. */
export function ReportValuesForm({ report, warnings, values, editable, fieldErrors, level, onChange }: Props) {
  const t = useT();
  // Checks run by the server name the indicator by code; the worst one colours the input.
  const severityOf = new Map<string, 'error' | 'warning'>();
  for (const issue of [...report.issues, ...warnings]) {
    if (!issue.indicatorCode || severityOf.get(issue.indicatorCode) === 'error') continue;
    severityOf.set(issue.indicatorCode, issue.severity);
  }

  const columns: TableColumnsType<Indicator> = [
    { title: t('report.code'), key: 'code', width: 100, render: (_, i) => i.code },
    {
      title: t('report.indicator'),
      key: 'name',
      render: (_, i) => (
        <Flex vertical>
          <span>
            {i.name}
            {i.required && (
              <Typography.Text type="danger" aria-label={t('report.required')} title={t('report.required')}>
                {' *'}
              </Typography.Text>
            )}
          </span>
          {i.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('report.unitOfMeasure'), key: 'unit', width: 80, render: (_, i) => i.unitOfMeasure },
    { title: t('report.target'), key: 'target', width: 110, render: (_, i) => targetText(i, level, t) },
    {
      title: t('report.value'),
      key: 'value',
      width: 230,
      render: (_, i) => {
        if (!editable) return valueText(i, values[i.id], t);
        const error = indicatorError(fieldErrors, i);
        const errorId = `value-error-${i.id}`;
        return (
          <Flex vertical gap={2}>
            <ValueInput
              indicator={i}
              value={values[i.id]}
              onChange={(v) => onChange(i.id, v)}
              status={error ? 'error' : severityOf.get(i.code)}
              describedBy={error ? errorId : undefined}
            />
            {error && (
              <Typography.Text id={errorId} type="danger" style={{ fontSize: 12 }}>
                {error}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Card size="small" title={t('report.values')} style={{ marginBottom: 16 }}>
      <Table<Indicator>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={report.indicators}
        pagination={false}
        scroll={{ x: 680 }}
        locale={{ emptyText: t('report.noIndicators') }}
      />
    </Card>
  );
}
