import { useMutation, useQuery } from '@tanstack/react-query';
import type { Award, EligibilityInput, EligibilityResult } from '../../../contract/awards.js';
import { api } from '../../api/client.js';

export const awardKeys = {
  catalogue: ['awards', 'catalogue'] as const,
};

/** The award catalogue: fixed by the decrees, so it is fetched once per session. */
export function useAwardCatalogue() {
  return useQuery({
    queryKey: awardKeys.catalogue,
    queryFn: () => api.get<{ items: Award[] }>('/api/awards'),
    staleTime: Infinity,
  });
}

/** Checks one case; nothing is stored, so there is nothing to invalidate. */
export function useCheckEligibility() {
  return useMutation({ mutationFn: (body: EligibilityInput) => api.post<EligibilityResult>('/api/awards/eligibility', body) });
}
