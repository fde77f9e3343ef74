import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Assignment, Document } from '../../../contract/documents.js';
import type { z } from 'zod';
import type {
  Board,
  BoardQuery,
  Dashboard,
  Movement,
  ReminderLogEntrySchema,
  Rollup,
  SendRemindersResultSchema,
  UpdateAssignmentBody,
} from '../../../contract/reporting.js';
import { api, type QueryParams } from '../../api/client.js';
import { documentKeys } from '../documents/useDocuments.js';

/** A movement as the list endpoint returns it (without its indicators). */
export type MovementSummary = Omit<Movement, 'indicators'>;

export type AssignmentListParams = { movementId?: string; documentId?: string; unitId?: string };

/** The roll-up query as the page holds it; the API takes it as strings. */
export interface RollupParams {
  includeSubmitted: boolean;
  /** ISO date; absent = today. */
  asOf?: string;
  /** The unit opened in the roll-up table; absent = the top of the tree. Exports ignore it. */
  unitId?: string;
}

/** A table of more rows than this opens level by level (a country: its provinces first). */
export const ROLLUP_MAX_ROWS = 500;

// The contract names no types for these two; they are inferred from its schemas.
export type ReminderLogEntry = z.infer<typeof ReminderLogEntrySchema>;
export type SendRemindersResult = z.infer<typeof SendRemindersResultSchema>;

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (params: AssignmentListParams) => ['assignments', 'list', params] as const,
  detail: (id: string) => ['assignments', 'detail', id] as const,
  board: (id: string, query: BoardQuery) => ['assignments', 'board', id, query] as const,
  rollup: (id: string, params: RollupParams) => ['assignments', 'rollup', id, params] as const,
  dashboard: (id: string) => ['assignments', 'dashboard', id] as const,
  reminders: (id: string) => ['assignments', 'reminders', id] as const,
};

export const movementKeys = {
  list: ['movements', 'list'] as const,
  detail: (id: string) => ['movements', 'detail', id] as const,
};

export function rollupQueryParams(params: RollupParams): QueryParams {
  return { includeSubmitted: String(params.includeSubmitted), asOf: params.asOf };
}

export function useAssignmentList(params: AssignmentListParams) {
  return useQuery({
    queryKey: assignmentKeys.list(params),
    queryFn: () => api.get<{ items: Assignment[] }>('/api/assignments', params),
    placeholderData: keepPreviousData,
  });
}

export function useAssignment(id: string) {
  return useQuery({ queryKey: assignmentKeys.detail(id), queryFn: () => api.get<Assignment>(`/api/assignments/${id}`) });
}

export function useBoard(id: string, query: BoardQuery) {
  return useQuery({
    queryKey: assignmentKeys.board(id, query),
    queryFn: () => api.get<Board>(`/api/assignments/${id}/board`, query),
    placeholderData: keepPreviousData,
  });
}

export function useRollup(id: string, params: RollupParams) {
  return useQuery({
    queryKey: assignmentKeys.rollup(id, params),
    queryFn: () => api.get<Rollup>(`/api/assignments/${id}/rollup`, { ...rollupQueryParams(params), unitId: params.unitId, maxRows: ROLLUP_MAX_ROWS }),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: assignmentKeys.dashboard(id),
    queryFn: () => api.get<Dashboard>(`/api/assignments/${id}/dashboard`),
    enabled: options.enabled ?? true,
  });
}

export function useReminderLog(id: string) {
  return useQuery({
    queryKey: assignmentKeys.reminders(id),
    queryFn: () => api.get<{ items: ReminderLogEntry[] }>(`/api/assignments/${id}/reminders`),
  });
}

export function useMovementList(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: movementKeys.list,
    queryFn: () => api.get<{ items: MovementSummary[] }>('/api/movements'),
    staleTime: 60_000,
    enabled: options.enabled ?? true,
  });
}

/** A movement with its indicators (chỉ tiêu); idle while no movement is chosen. */
export function useMovement(id: string | null | undefined) {
  return useQuery({
    queryKey: movementKeys.detail(id ?? ''),
    queryFn: () => api.get<Movement>(`/api/movements/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateAssignments() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
      // The document page lists the same assignments.
      queryClient.invalidateQueries({ queryKey: documentKeys.all }),
    ]);
}

export function useUpdateAssignment(id: string) {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (body: UpdateAssignmentBody) => api.patch<Assignment>(`/api/assignments/${id}`, body),
    // Not awaited: the refetched version remounts the template form, and the caller's own
    // onSuccess/onError (message, stale-version warning) must run before that.
    onSettled: () => void invalidate(),
  });
}

export function useSendReminders(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitIds: string[]) => api.post<SendRemindersResult>(`/api/assignments/${id}/reminders`, { unitIds }),
    // Board, dashboard and log all show when each unit was last reminded.
    onSettled: () =>
      Promise.all(
        (['board', 'dashboard', 'reminders'] as const).map((part) => queryClient.invalidateQueries({ queryKey: ['assignments', part, id] })),
      ),
  });
}

/** Drafts the consolidated report (báo cáo tổng hợp) as a new document. */
export function useCreateConsolidatedReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (params: RollupParams) => api.post<Document>(`/api/assignments/${id}/consolidated-report`, {}, rollupQueryParams(params)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
