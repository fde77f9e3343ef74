import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateRegistrationBody, Registration, RegistrationStatus, RegistrationSummary, UpdateRegistrationBody } from '../../../contract/reporting.js';
import { api } from '../../api/client.js';

export type RegistrationListParams = { movementId?: string; unitId?: string; year?: number; status?: RegistrationStatus };

export const registrationKeys = {
  all: ['registrations'] as const,
  list: (params: RegistrationListParams) => ['registrations', 'list', params] as const,
  detail: (id: string) => ['registrations', 'detail', id] as const,
  summary: (movementId: string, year: number) => ['registrations', 'summary', movementId, year] as const,
};

export function useRegistrationList(params: RegistrationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: registrationKeys.list(params),
    queryFn: () => api.get<{ items: Registration[] }>('/api/registrations', params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useRegistration(id: string | undefined) {
  return useQuery({
    queryKey: registrationKeys.detail(id ?? ''),
    queryFn: () => api.get<Registration>(`/api/registrations/${id}`),
    enabled: Boolean(id),
  });
}

export function useRegistrationSummary(movementId: string | undefined, year: number) {
  return useQuery({
    queryKey: registrationKeys.summary(movementId ?? '', year),
    queryFn: () => api.get<RegistrationSummary>(`/api/movements/${movementId}/registrations/summary`, { year }),
    enabled: Boolean(movementId),
  });
}

function useInvalidateRegistrations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registrationKeys.all });
}

export function useCreateRegistration() {
  const invalidate = useInvalidateRegistrations();
  return useMutation({ mutationFn: (body: CreateRegistrationBody) => api.post<Registration>('/api/registrations', body), onSuccess: invalidate });
}

export function useUpdateRegistration(id: string) {
  const invalidate = useInvalidateRegistrations();
  return useMutation({ mutationFn: (body: UpdateRegistrationBody) => api.patch<Registration>(`/api/registrations/${id}`, body), onSettled: invalidate });
}

/** submit, approve ({ version }) and return ({ version, comment }). */
export function useRegistrationAction(id: string, action: 'submit' | 'return' | 'approve') {
  const invalidate = useInvalidateRegistrations();
  return useMutation({
    mutationFn: (body: { version: number; comment?: string }) => api.post<Registration>(`/api/registrations/${id}/${action}`, body),
    onSettled: invalidate,
  });
}
