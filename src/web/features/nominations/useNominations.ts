import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AwardCode } from '../../../contract/awards.js';
import type {
  CreateNominationBody,
  Nomination,
  NominationOutcomeBody,
  NominationStatus,
  NominationSummary,
  SubmitNominationsBody,
  UpdateNominationBody,
} from '../../../contract/nominations.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { defaultListYear, type NominationCandidate } from './nomination-form.js';

export interface NominationListParams {
  year?: number;
  status?: NominationStatus;
  awardCode?: AwardCode;
  proposingUnitId?: string;
  reviewingUnitId?: string;
  q?: string;
  limit: number;
  offset: number;
}

export const nominationKeys = {
  all: ['nominations'] as const,
  lists: ['nominations', 'list'] as const,
  list: (params: NominationListParams) => ['nominations', 'list', params] as const,
  detail: (id: string) => ['nominations', 'detail', id] as const,
  candidates: (unitId: string, year: number) => ['nominations', 'candidates', unitId, year] as const,
  yearProbe: (year: number) => ['nominations', 'year-probe', year] as const,
};

export const nominationPath = (id: string) => `/api/nominations/${id}`;

export function useNominationList(params: NominationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: nominationKeys.list(params),
    queryFn: () => api.get<Page<NominationSummary>>('/api/nominations', { ...params }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The year the list opens on when the URL names none: one row of this year decides it. */
export function useDefaultNominationYear(thisYear: number, options: { enabled: boolean }) {
  const probe = useQuery({
    queryKey: nominationKeys.yearProbe(thisYear),
    queryFn: () => api.get<Page<NominationSummary>>('/api/nominations', { year: thisYear, limit: 1 }),
    enabled: options.enabled,
    staleTime: 5 * 60_000,
  });
  // A failed probe still opens a list: last year's, where year-end proposals mostly are.
  if (probe.isError) return defaultListYear(thisYear, false);
  return probe.data ? defaultListYear(thisYear, probe.data.total > 0) : undefined;
}

export function useNomination(id: string) {
  return useQuery({ queryKey: nominationKeys.detail(id), queryFn: () => api.get<Nomination>(nominationPath(id)), enabled: Boolean(id) });
}

/** Status, eligibility and versions show in lists: refresh them after any change to one nomination. */
function useInvalidateLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: nominationKeys.lists }),
      queryClient.invalidateQueries({ queryKey: ['nominations', 'candidates'] }),
      queryClient.invalidateQueries({ queryKey: ['nominations', 'year-probe'] }),
    ]);
}

/** Puts the answer of a write on the detail page at once, and marks the lists stale. */
function useStoreNomination() {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateLists();
  return (n: Nomination) => {
    queryClient.setQueryData(nominationKeys.detail(n.id), n);
    void invalidateLists();
  };
}

export function useCreateNomination() {
  const store = useStoreNomination();
  return useMutation({ mutationFn: (body: CreateNominationBody) => api.post<Nomination>('/api/nominations', body), onSuccess: store });
}

export function useUpdateNomination(id: string) {
  const store = useStoreNomination();
  return useMutation({ mutationFn: (body: UpdateNominationBody) => api.patch<Nomination>(nominationPath(id), body), onSuccess: store });
}

export function useDeleteNomination(id: string) {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateLists();
  return useMutation({
    mutationFn: (version: number) => api.delete<unknown>(nominationPath(id), { version }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: nominationKeys.detail(id) });
      void invalidateLists();
    },
  });
}

/** Gửi đề nghị: all the chosen drafts go up together, or none does. */
export function useSubmitNominations() {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateLists();
  return useMutation({
    mutationFn: (body: SubmitNominationsBody) => api.post<{ items: NominationSummary[] }>('/api/nominations/submit', body),
    onSuccess: (result) => {
      result.items.forEach((n) => void queryClient.invalidateQueries({ queryKey: nominationKeys.detail(n.id) }));
      void invalidateLists();
    },
  });
}

export type ReviewStep =
  | { action: 'review'; body: { version: number } }
  | { action: 'return'; body: { version: number; note: string } }
  | { action: 'outcome'; body: Omit<NominationOutcomeBody, 'note'> & { note: string | null } };

/** Nhận thẩm định, trả lại, and the outcome of a review; each answers the nomination as it now is. */
export function useReviewNomination(id: string) {
  const store = useStoreNomination();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: ReviewStep) => api.post<Nomination>(`${nominationPath(id)}/${action}`, body),
    onSuccess: (n) => {
      store(n);
      // Trình cấp trên makes a nomination at the next level: refetch rather than trust the answer alone.
      void queryClient.invalidateQueries({ queryKey: nominationKeys.detail(id) });
    },
  });
}

function useRefreshNomination(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: nominationKeys.detail(id) });
}

export function useUploadNominationFile(id: string) {
  const refresh = useRefreshNomination(id);
  return useMutation({
    mutationFn: ({ file, contentType, name }: { file: Blob; contentType: string; name: string }) =>
      api.upload<unknown>(`${nominationPath(id)}/files`, file, contentType, { name }),
    onSettled: refresh,
  });
}

export function useDeleteNominationFile(id: string) {
  const refresh = useRefreshNomination(id);
  return useMutation({
    mutationFn: (fileId: string) => api.delete<unknown>(`${nominationPath(id)}/files/${fileId}`),
    onSettled: refresh,
  });
}

/** Exemplary entries of the unit's accepted reports for the year (danh sách tiêu biểu). */
export function useNominationCandidates(unitId: string | null, year: number) {
  return useQuery({
    queryKey: nominationKeys.candidates(unitId ?? '', year),
    queryFn: () => api.get<{ items: NominationCandidate[] }>('/api/nominations/candidates', { unitId, year }),
    enabled: Boolean(unitId),
  });
}
