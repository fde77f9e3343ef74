import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateFundIncomeBodySchema, FundEntrySchema, FundSchema } from '../../../contract/decisions.js';
import { api } from '../../api/client.js';

export type Fund = z.infer<typeof FundSchema>;
export type FundEntry = z.infer<typeof FundEntrySchema>;
export type FundByDecision = Fund['byDecision'][number];
export type CreateFundIncomeBody = z.input<typeof CreateFundIncomeBodySchema>;

export const fundKeys = {
  all: ['fund'] as const,
  one: (unitId: string, year: number) => ['fund', unitId, year] as const,
};

/** Quỹ thi đua, khen thưởng of one unit in one year. */
export function useFund(unitId: string | null | undefined, year: number) {
  return useQuery({
    queryKey: fundKeys.one(unitId ?? '', year),
    queryFn: () => api.get<Fund>('/api/fund', { unitId: unitId ?? undefined, year }),
    enabled: Boolean(unitId),
  });
}

/** An income entry moves this year's balance and every later year's opening balance. */
export function useAddFundIncome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFundIncomeBody) => api.post<unknown>('/api/fund/income', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: fundKeys.all }),
  });
}
