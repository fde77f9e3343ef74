import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CertificateLayoutBodySchema,
  CertificateLayoutSchema,
  Decision,
  DecisionStatusSchema,
  DecisionSummarySchema,
  DraftDecisionBodySchema,
  IssueDecisionBody,
  RecordPastDecisionBodySchema,
  UpdateCertificateLayoutBodySchema,
} from '../../../contract/decisions.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;
export type DraftDecisionBody = z.input<typeof DraftDecisionBodySchema>;
export type RecordPastDecisionBody = z.input<typeof RecordPastDecisionBodySchema>;
export type CertificateLayout = z.infer<typeof CertificateLayoutSchema>;
export type CertificateLayoutBody = z.input<typeof CertificateLayoutBodySchema>;
export type UpdateCertificateLayoutBody = z.input<typeof UpdateCertificateLayoutBodySchema>;

export interface DecisionListParams {
  unitId?: string;
  year?: number;
  status?: DecisionStatus;
  limit: number;
  offset: number;
}

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (params: DecisionListParams) => ['decisions', 'list', params] as const,
  detail: (id: string) => ['decisions', 'detail', id] as const,
  layouts: (unitId: string) => ['certificate-layouts', unitId] as const,
};

export function useDecisionList(params: DecisionListParams) {
  return useQuery({
    queryKey: decisionKeys.list(params),
    queryFn: () => api.get<Page<DecisionSummary>>('/api/decisions', { ...params }),
    placeholderData: keepPreviousData,
  });
}

/** One decision; read afresh on every visit, since its draft text (and version) changes on the documents page. */
export function useDecision(id: string) {
  return useQuery({ queryKey: decisionKeys.detail(id), queryFn: () => api.get<Decision>(`/api/decisions/${id}`), enabled: Boolean(id), staleTime: 0 });
}

/** Drafting and issuing change nominations, the award history, documents and the fund too. */
function useInvalidateAfterDecision() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [decisionKeys.all, ['nominations'], ['documents'], ['award-history'], ['fund']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useDraftDecision() {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: (body: DraftDecisionBody) => api.post<Decision>('/api/decisions', body), onSuccess: invalidate });
}

export function useRecordPastDecision() {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: (body: RecordPastDecisionBody) => api.post<Decision>('/api/decisions/past', body), onSuccess: invalidate });
}

export function useIssueDecision(id: string) {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: (body: IssueDecisionBody) => api.post<Decision>(`/api/decisions/${id}/issue`, body), onSettled: invalidate });
}

export function useDeleteDecision(id: string) {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: (version: number) => api.delete<unknown>(`/api/decisions/${id}`, { version }), onSuccess: invalidate });
}

/** Calibrated blanks (phôi Giấy khen) of a unit; reading them needs decision:write, hence `enabled`. */
export function useCertificateLayouts(unitId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: decisionKeys.layouts(unitId ?? ''),
    queryFn: () => api.get<{ items: CertificateLayout[] }>('/api/certificate-layouts', { unitId: unitId ?? undefined }),
    enabled: Boolean(unitId) && enabled,
  });
}

function useRefreshLayouts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['certificate-layouts'] });
}

export function useCreateCertificateLayout() {
  const refresh = useRefreshLayouts();
  return useMutation({ mutationFn: (body: CertificateLayoutBody) => api.post<CertificateLayout>('/api/certificate-layouts', body), onSettled: refresh });
}

export function useUpdateCertificateLayout() {
  const refresh = useRefreshLayouts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCertificateLayoutBody }) => api.patch<CertificateLayout>(`/api/certificate-layouts/${id}`, body),
    onSettled: refresh,
  });
}

export function useDeleteCertificateLayout() {
  const refresh = useRefreshLayouts();
  return useMutation({ mutationFn: (id: string) => api.delete<unknown>(`/api/certificate-layouts/${id}`), onSettled: refresh });
}
