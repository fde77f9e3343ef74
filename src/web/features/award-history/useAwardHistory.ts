import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AwardHistory,
  CreateAwardRecordBody,
  CreateDisciplineBody,
  CreateInitiativeBody,
  CreateRatingBody,
  EligibilityResult,
  HistoryEligibilityBodySchema,
  UpdateRatingBodySchema,
} from '../../../contract/awards.js';
import { api } from '../../api/client.js';

/** Whose history: a person (cá nhân) or a collective (tập thể = a unit). */
export type HistorySubjectKind = AwardHistory['subject']['kind'];
export type HistoryRecordKind = 'ratings' | 'initiatives' | 'discipline' | 'awards';
export type HistoryEligibilityBody = z.input<typeof HistoryEligibilityBodySchema>;
type UpdateRatingBody = z.input<typeof UpdateRatingBodySchema>;

export interface CreateBodies {
  ratings: CreateRatingBody;
  initiatives: CreateInitiativeBody;
  discipline: CreateDisciplineBody;
  awards: CreateAwardRecordBody;
}

const base = (kind: HistorySubjectKind, id: string) => (kind === 'person' ? `/api/people/${id}` : `/api/units/${id}`);

export const historyKeys = {
  all: ['award-history'] as const,
  one: (kind: HistorySubjectKind, id: string) => ['award-history', kind, id] as const,
};

export function useAwardHistory(kind: HistorySubjectKind, id: string) {
  return useQuery({ queryKey: historyKeys.one(kind, id), queryFn: () => api.get<AwardHistory>(`${base(kind, id)}/award-history`) });
}

// A record of a person also shows in the history of the units that hold it (and their successors):
// every history is reloaded after a write.
function useInvalidateHistories() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: historyKeys.all });
}

export function useCreateHistoryRecord<K extends HistoryRecordKind>(recordKind: K) {
  const invalidate = useInvalidateHistories();
  return useMutation({
    mutationFn: (body: CreateBodies[K]) => api.post<unknown>(`/api/award-history/${recordKind}`, body),
    onSuccess: invalidate,
  });
}

/** Corrects a yearly rating in place; a stale version answers 409 and the history reloads. */
export function useUpdateRating() {
  const invalidate = useInvalidateHistories();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & UpdateRatingBody) => api.patch<unknown>(`/api/award-history/ratings/${id}`, body),
    onSettled: invalidate,
  });
}

export function useDeleteHistoryRecord() {
  const invalidate = useInvalidateHistories();
  return useMutation({
    mutationFn: ({ recordKind, id, version }: { recordKind: HistoryRecordKind; id: string; version?: number }) =>
      api.delete<{ ok: true }>(`/api/award-history/${recordKind}/${id}`, version === undefined ? undefined : { version }),
    onSettled: invalidate,
  });
}

/** Checks the stored history against an award on a date; nothing is stored. */
export function useHistoryEligibility(kind: HistorySubjectKind, id: string) {
  return useMutation({
    mutationFn: (body: HistoryEligibilityBody) => api.post<EligibilityResult>(`${base(kind, id)}/eligibility`, body),
  });
}
