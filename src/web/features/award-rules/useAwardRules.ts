import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AwardQuotaSchema, AwardSettings, ReplaceAwardQuotasBody, UpdateAwardSettingsBodySchema } from '../../../contract/nominations.js';
import { api } from '../../api/client.js';

export type AwardQuota = z.infer<typeof AwardQuotaSchema>;
type UpdateAwardSettingsBody = z.input<typeof UpdateAwardSettingsBodySchema>;

export const awardRuleKeys = {
  all: ['award-rules'] as const,
  settings: (unitId: string) => ['award-rules', 'settings', unitId] as const,
  quotas: (unitId: string, year: number) => ['award-rules', 'quotas', unitId, year] as const,
  children: (unitId: string) => ['award-rules', 'children', unitId] as const,
};

export function useAwardSettings(unitId: string) {
  return useQuery({ queryKey: awardRuleKeys.settings(unitId), queryFn: () => api.get<AwardSettings>('/api/award-settings', { unitId }) });
}

export function useAwardQuotas(unitId: string, year: number) {
  return useQuery({ queryKey: awardRuleKeys.quotas(unitId, year), queryFn: () => api.get<{ items: AwardQuota[] }>('/api/award-quotas', { unitId, year }) });
}

/** The active units directly under the one that sets the quotas: only they take quotas from it. */
export function useChildUnits(unitId: string) {
  return useQuery({
    queryKey: awardRuleKeys.children(unitId),
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/api/units', { parentId: unitId, limit: 1000 }),
  });
}

export function useSaveAwardSettings(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAwardSettingsBody) => api.put<AwardSettings>(`/api/award-settings?unitId=${encodeURIComponent(unitId)}`, body),
    // A level's rule applies to its whole subtree: every cached reading may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: awardRuleKeys.all }),
  });
}

export function useSaveAwardQuotas(unitId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceAwardQuotasBody) => api.put<{ items: AwardQuota[] }>(`/api/award-quotas?unitId=${encodeURIComponent(unitId)}&year=${year}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: awardRuleKeys.quotas(unitId, year) }),
  });
}
