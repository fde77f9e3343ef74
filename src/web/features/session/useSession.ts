import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Permission } from '../../../contract/roles.js';
import type { ChangePasswordBody, Session, SignInBody } from '../../../contract/users.js';
import { ApiError, api, setCsrfToken } from '../../api/client.js';

export const SESSION_KEY = ['session'] as const;

/** The current session, or null when signed out (the API answers 401). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The signed-in session; only call below RequireAuth, where it is loaded and non-null. */
export function useSession(): Session {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession() used outside a signed-in page');
  return data;
}

/** `can('unit:write')`: hides actions the user may not take (the server enforces them anyway). */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useSessionQuery();
  return useCallback((permission: Permission) => data?.permissions.includes(permission) ?? false, [data]);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => api.post<Session>('/api/session', body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>('/api/session'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => api.post<{ ok: true }>('/api/session/password', body) });
}
