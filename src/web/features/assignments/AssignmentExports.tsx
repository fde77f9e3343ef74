import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { rollupQueryParams, useCreateConsolidatedReport } from './useAssignments.js';
import { useRollupParams } from './useRollupParams.js';

/** Excel and Word exports of the roll-up (with the options chosen on the roll-up tab), and the consolidated report draft. */
export function AssignmentExports({ assignment: a }: { assignment: Assignment }) {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const { download, pending } = useDownload();
  const [params] = useRollupParams();
  const createReport = useCreateConsolidatedReport(a.id);
  const query = rollupQueryParams(params);
  const base = `/api/assignments/${a.id}`;

  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} loading={pending === 'rollup'} onClick={() => void download('rollup', `${base}/rollup.xlsx`, query, 'tong-hop.xlsx')}>
        {t('assignment.exportRollup')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} loading={pending === 'values'} onClick={() => void download('values', `${base}/values.xlsx`, {}, 'so-lieu.xlsx')}>
        {t('assignment.exportValues')}
      </Button>
      {/* The consolidated report is the issuing side's draft; leaders read the Excel files. */}
      {a.canManage && (
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={pending === 'docx'}
          onClick={() => void download('docx', `${base}/consolidated.docx`, query, 'bao-cao-tong-hop.docx')}
        >
          {t('assignment.exportDocx')}
        </Button>
      )}
      {a.canManage && (
        <Button
          type="primary"
          icon={<FileAddOutlined aria-hidden />}
          loading={createReport.isPending}
          onClick={() =>
            createReport.mutate(params, {
              onSuccess: (document) => void navigate(PATHS.document(document.id)),
              onError: (error) => showError(error),
            })
          }
        >
          {t('assignment.createReport')}
        </Button>
      )}
    </>
  );
}
