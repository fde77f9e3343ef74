import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePersonBody, Person, UpdatePersonBody } from '../../../contract/people.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export interface PeopleListParams {
  q?: string;
  unitId?: string;
  includeDescendants?: boolean;
  limit: number;
  offset: number;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (params: PeopleListParams) => ['people', 'list', params] as const,
};

export function usePeopleList(params: PeopleListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: () =>
      api.get<Page<Person>>('/api/people', {
        q: params.q,
        unitId: params.unitId,
        // The server coerces any present value to true ("false" included): send it only when wanted.
        includeDescendants: params.includeDescendants ? 'true' : undefined,
        limit: params.limit,
        offset: params.offset,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) => api.post<Person>('/api/people', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonBody) => api.patch<Person>(`/api/people/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
