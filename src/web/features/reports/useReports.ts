import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Assignment } from '../../../contract/documents.js';
import type { Report, ReportStatus } from '../../../contract/reporting.js';
import { api } from '../../api/client.js';

/** One row of GET /api/reports (ReportSummarySchema). */
export type ReportSummary = Pick<
  Report,
  'id' | 'assignmentId' | 'assignmentTitle' | 'unitId' | 'unitName' | 'period' | 'status' | 'dueOn' | 'submittedAt' | 'daysLate' | 'version'
>;

export type ReportListParams = { assignmentId?: string; unitId?: string; status?: ReportStatus };
export type AssignmentListParams = { unitId?: string };

export const reportKeys = {
  all: ['reports'] as const,
  list: (params: ReportListParams) => ['reports', 'list', params] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  assignments: (params: AssignmentListParams) => ['reports', 'assignments', params] as const,
};

export const fetchReport = (id: string) => api.get<Report>(`/api/reports/${id}`);

export function useReportList(params: ReportListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => api.get<{ items: ReportSummary[] }>('/api/reports', params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** Assignments (nhiệm vụ báo cáo) in the user's scope, or given to one unit. */
export function useAssignmentList(params: AssignmentListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportKeys.assignments(params),
    queryFn: () => api.get<{ items: Assignment[] }>('/api/assignments', params),
    enabled: options.enabled ?? true,
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: () => fetchReport(id), enabled: Boolean(id) });
}

/** Lists show status and dates of every report: refresh them after any change to one. */
export function useInvalidateReportLists() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
}

/** Opens the unit's report for an assignment: a new draft (201) or the one that already exists (200). */
export function useCreateReport() {
  const invalidateLists = useInvalidateReportLists();
  return useMutation({
    mutationFn: (body: { assignmentId: string; unitId: string }) => api.post<Report>('/api/reports', body),
    onSuccess: invalidateLists,
  });
}

export type ReviewAction =
  | { action: 'return'; body: { version: number; comment: string } }
  | { action: 'accept'; body: { version: number } }
  | { action: 'reopen'; body: { version: number; comment: string | null } };

/** Trả lại, tiếp nhận, mở lại: each answers the report as it now is. */
export function useReviewReport(id: string) {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateReportLists();
  return useMutation({
    mutationFn: ({ action, body }: ReviewAction) => api.post<Report>(`/api/reports/${id}/${action}`, body),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(id), report);
      void invalidateLists();
    },
  });
}

function useRefreshReport(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) });
}

export function useUploadReportFile(id: string) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: ({ file, contentType, name }: { file: Blob; contentType: string; name: string }) =>
      api.upload<unknown>(`/api/reports/${id}/files`, file, contentType, { name }),
    onSettled: refresh,
  });
}

export function useDeleteReportFile(id: string) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: (fileId: string) => api.delete<unknown>(`/api/reports/${id}/files/${fileId}`),
    onSettled: refresh,
  });
}
