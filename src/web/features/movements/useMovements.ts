import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateIndicatorBody, CreateMovementBody, Indicator, Movement, UpdateIndicatorBody, UpdateMovementBody } from '../../../contract/reporting.js';
import { api } from '../../api/client.js';

/** A movement as lists show it (without indicators). */
export type MovementSummary = Omit<Movement, 'indicators'>;
export type MovementListParams = { q?: string; year?: number };

export const movementKeys = {
  all: ['movements'] as const,
  list: (params: MovementListParams) => ['movements', 'list', params] as const,
  detail: (id: string) => ['movements', 'detail', id] as const,
};

export function useMovementList(params: MovementListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: movementKeys.list(params),
    queryFn: () => api.get<{ items: MovementSummary[] }>('/api/movements', params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useMovement(id: string | undefined) {
  return useQuery({
    queryKey: movementKeys.detail(id ?? ''),
    queryFn: () => api.get<Movement>(`/api/movements/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateMovements() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: movementKeys.all });
}

export function useCreateMovement() {
  const invalidate = useInvalidateMovements();
  return useMutation({ mutationFn: (body: CreateMovementBody) => api.post<Movement>('/api/movements', body), onSuccess: invalidate });
}

export function useUpdateMovement(id: string) {
  const invalidate = useInvalidateMovements();
  return useMutation({ mutationFn: (body: UpdateMovementBody) => api.patch<Movement>(`/api/movements/${id}`, body), onSettled: invalidate });
}

export function useCreateIndicator(movementId: string) {
  const invalidate = useInvalidateMovements();
  return useMutation({
    mutationFn: (body: CreateIndicatorBody) => api.post<Indicator>(`/api/movements/${movementId}/indicators`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateIndicator() {
  const invalidate = useInvalidateMovements();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateIndicatorBody }) => api.patch<Indicator>(`/api/indicators/${id}`, body),
    onSettled: invalidate,
  });
}

export function useDeleteIndicator() {
  const invalidate = useInvalidateMovements();
  return useMutation({
    mutationFn: (indicator: Pick<Indicator, 'id' | 'version'>) => api.delete<{ ok: true }>(`/api/indicators/${indicator.id}`, { version: indicator.version }),
    onSettled: invalidate,
  });
}

export function useIndicatorsFromDocument(movementId: string) {
  const invalidate = useInvalidateMovements();
  return useMutation({
    mutationFn: (documentId: string) => api.post<Movement>(`/api/movements/${movementId}/indicators/from-document`, { documentId }),
    onSuccess: invalidate,
  });
}
