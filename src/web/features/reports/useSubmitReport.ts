import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useRef, useState } from 'react';
import type { Report } from '../../../contract/reporting.js';
import { ApiError, api } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { localFieldErrors, saveBodyOf } from './report-draft.js';
import type { Autosave } from './useAutosave.js';
import { reportKeys, useInvalidateReportLists } from './useReports.js';

/**
 * Gửi báo cáo: saves what is pending, then submits with an Idempotency-Key. The key belongs to one
 * attempt: when the answer was lost on the network, pressing the button again sends the same key, so
 * a submit the server did receive is not made twice. Any answer from the server ends the attempt.
 */
export function useSubmitReport(reportId: string, autosave: Autosave) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateReportLists();
  const attemptKey = useRef<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    try {
      if (!(await autosave.save())) return;
      attemptKey.current ??= newIdempotencyKey();
      const report = await api.post<Report>(`/api/reports/${reportId}/submit`, { version: autosave.version() }, undefined, {
        'Idempotency-Key': attemptKey.current,
      });
      attemptKey.current = null;
      autosave.setSubmitErrors({});
      queryClient.setQueryData(reportKeys.detail(reportId), report);
      void invalidateLists();
      void message.success(t('report.submitted'));
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) attemptKey.current = null;
      if (error instanceof ApiError && error.isStaleVersion) {
        await autosave.reloadStale();
        return;
      }
      if (error instanceof ApiError && error.fields) {
        autosave.setSubmitErrors(localFieldErrors(error.fields, saveBodyOf(autosave.draft, autosave.version()).exemplaryIndex));
      }
      showError(error);
      // The refusal may come with fresh validation results on the report.
      void queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) });
    } finally {
      setPending(false);
    }
  };
  return { submit, pending };
}
