import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ReportStatusSchema, type ReportStatus } from '../../../contract/reporting.js';

export type ReportListTab = 'don-vi' | 'pham-vi';

export interface ReportListFilters {
  tab: ReportListTab | undefined;
  /** From notification links (`/bao-cao?assignmentId=…`) or the filter. */
  assignmentId: string | undefined;
  status: ReportStatus | undefined;
}

/** The list's filters live in the URL, so a link or the back button shows the same list. */
export function useReportListFilters(): [ReportListFilters, (patch: Partial<ReportListFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<ReportListFilters>(() => {
    const tab = params.get('tab');
    const status = ReportStatusSchema.safeParse(params.get('status'));
    return {
      tab: tab === 'don-vi' || tab === 'pham-vi' ? tab : undefined,
      assignmentId: params.get('assignmentId') || undefined,
      status: status.success ? status.data : undefined,
    };
  }, [params]);
  const setFilters = (patch: Partial<ReportListFilters>) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search, { replace: true });
  };
  return [filters, setFilters];
}
