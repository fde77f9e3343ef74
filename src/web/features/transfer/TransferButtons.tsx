import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ImportResult } from '../../api/types.js';
import { useT } from '../../i18n/useT.js';
import type { FileFormat } from './formats.js';
import { ImportModal } from './ImportModal.js';
import { useDownload } from './useDownload.js';

interface TransferButtonsProps {
  /** e.g. `/api/units`: `/export`, `/import-template` and `/import` hang off it. */
  basePath: string;
  /** File names offered when the server names none: `don-vi` → don-vi.xlsx, mau-nhap-don-vi.csv. */
  fileStem: string;
  importTitle: string;
  canImport: boolean;
  onImported: (result: ImportResult) => void;
}

const FORMATS: readonly FileFormat[] = ['xlsx', 'csv'];

/** Nhập từ Excel/CSV (with a dry run first), Xuất Excel, Xuất CSV and Tải mẫu for one kind of record. */
export function TransferButtons({ basePath, fileStem, importTitle, canImport, onImported }: TransferButtonsProps) {
  const t = useT();
  const { download, pending } = useDownload();
  const [importing, setImporting] = useState(false);

  return (
    <>
      {canImport && <Button onClick={() => setImporting(true)}>{t('transfer.import')}</Button>}
      <Button loading={pending === 'xlsx'} onClick={() => void download('xlsx', `${basePath}/export`, { format: 'xlsx' }, `${fileStem}.xlsx`)}>
        {t('transfer.exportXlsx')}
      </Button>
      <Button loading={pending === 'csv'} onClick={() => void download('csv', `${basePath}/export`, { format: 'csv' }, `${fileStem}.csv`)}>
        {t('transfer.exportCsv')}
      </Button>
      {canImport && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'xlsx', label: t('transfer.templateXlsx') },
              { key: 'csv', label: t('transfer.templateCsv') },
            ],
            onClick: ({ key }) =>
              void download(`template-${key}`, `${basePath}/import-template`, { format: key }, `mau-nhap-${fileStem}.${key}`),
          }}
        >
          <Button loading={pending?.startsWith('template-')}>{t('transfer.template')}</Button>
        </Dropdown>
      )}
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        title={importTitle}
        endpoint={`${basePath}/import`}
        formats={FORMATS}
        onImported={onImported}
      />
    </>
  );
}
