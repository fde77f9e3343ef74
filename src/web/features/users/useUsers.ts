import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, User } from '../../../contract/users.js';
import { api } from '../../api/client.js';

export const userKeys = { all: ['users'] as const };

export function useUserList() {
  return useQuery({ queryKey: userKeys.all, queryFn: () => api.get<{ items: User[] }>('/api/users') });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<User>('/api/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => api.patch<User>(`/api/users/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
