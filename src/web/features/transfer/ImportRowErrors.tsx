import { Table } from 'antd';
import type { ImportRowError } from '../../../contract/units.js';
import { fieldLabel } from '../../../contract/field-labels.js';
import { useT } from '../../i18n/useT.js';

/** Reads `error.details` of a rejected import: `[{ row, field, message }]`; anything else gives []. */
export function rowErrorsOf(details: unknown): ImportRowError[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is ImportRowError => typeof d === 'object' && d !== null && typeof (d as ImportRowError).row === 'number' && typeof (d as ImportRowError).message === 'string',
  );
}

/** The rows of a file that failed validation, as the user sees them in the spreadsheet. */
export function ImportRowErrors({ errors }: { errors: ImportRowError[] }) {
  const t = useT();
  return (
    <Table<ImportRowError & { key: number }>
      size="small"
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 70 },
        { title: t('import.field'), dataIndex: 'field', width: 160, render: (field: string | null) => (field ? fieldLabel(field) : '') },
        { title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
