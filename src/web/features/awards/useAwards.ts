import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Award, CreateLocalAwardBodySchema, EligibilityInput, EligibilityResult, UpdateLocalAwardBodySchema } from '../../../contract/awards.js';
import { registerLocalAwards } from '../../../core/awards/catalogue.js';
import { api } from '../../api/client.js';

export const awardKeys = {
  all: ['awards'] as const,
  catalogue: ['awards', 'catalogue'] as const,
  ofUnit: (unitId: string) => ['awards', 'unit', unitId] as const,
};

/**
 * The award catalogue: the law's entries and the levels' own. It changes only when a level edits
 * its entries (which invalidates it); the shared rules read the local entries from the registry.
 */
export function useAwardCatalogue() {
  return useQuery({
    queryKey: awardKeys.catalogue,
    queryFn: async () => {
      const list = await api.get<{ items: Award[] }>('/api/awards');
      registerLocalAwards(list.items.filter((a) => a.local !== null));
      return list;
    },
    staleTime: Infinity,
  });
}

/** Checks one case; nothing is stored, so there is nothing to invalidate. */
export function useCheckEligibility() {
  return useMutation({ mutationFn: (body: EligibilityInput) => api.post<EligibilityResult>('/api/awards/eligibility', body) });
}

/** The catalogue that applies to one unit: the law's entries and those of the unit or a level above it. */
export function useUnitAwardCatalogue(unitId: string) {
  return useQuery({ queryKey: awardKeys.ofUnit(unitId), queryFn: () => api.get<{ items: Award[] }>('/api/awards', { unitId }) });
}

export type CreateLocalAwardBody = z.input<typeof CreateLocalAwardBodySchema>;
export type UpdateLocalAwardBody = z.input<typeof UpdateLocalAwardBodySchema>;

/** A level's own entry changes every catalogue that includes it: all cached readings are refetched. */
export function useSaveLocalAward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { code: string; create: true; body: CreateLocalAwardBody } | { code: string; create: false; body: UpdateLocalAwardBody }) =>
      v.create ? api.post<Award>('/api/awards', v.body) : api.patch<Award>(`/api/awards/${encodeURIComponent(v.code)}`, v.body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: awardKeys.all }),
  });
}
