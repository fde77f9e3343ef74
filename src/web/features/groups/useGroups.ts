import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateGroupBody, Group, GroupKind, UpdateGroupBody } from '../../../contract/groups.js';
import { api } from '../../api/client.js';

export type GroupListParams = {
  year?: number;
  kind?: GroupKind;
  organiserUnitId?: string;
  memberUnitId?: string;
};

export const groupKeys = {
  all: ['groups'] as const,
  list: (params: GroupListParams) => ['groups', 'list', params] as const,
};

export function useGroupList(params: GroupListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: groupKeys.list(params),
    queryFn: () => api.get<{ items: Group[] }>('/api/groups', params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

function useInvalidateGroups() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: groupKeys.all });
}

export function useCreateGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (body: CreateGroupBody) => api.post<Group>('/api/groups', body), onSuccess: invalidate });
}

export function useUpdateGroup(id: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (body: UpdateGroupBody) => api.put<Group>(`/api/groups/${id}`, body), onSettled: invalidate });
}

export function useDeleteGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (group: Pick<Group, 'id' | 'version'>) => api.delete<{ ok: true }>(`/api/groups/${group.id}`, { version: group.version }),
    onSettled: invalidate,
  });
}
