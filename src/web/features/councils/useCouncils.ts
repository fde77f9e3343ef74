import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddCouncilMemberBodySchema,
  CastVotesBody,
  Council,
  CouncilAccountList,
  CouncilListSchema,
  CreateCouncilBody,
  CreateSessionBody,
  OpenSessionBody,
  Session,
  SessionListSchema,
  UpdateCouncilBody,
  UpdateCouncilMemberBodySchema,
  UpdateSessionBodySchema,
} from '../../../contract/councils.js';
import type { NominationStatus, NominationSummary } from '../../../contract/nominations.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type CouncilSummary = z.infer<typeof CouncilListSchema>['items'][number];
export type SessionSummary = z.infer<typeof SessionListSchema>['items'][number];
export type SessionStatus = Session['status'];
export type AddMemberBody = z.input<typeof AddCouncilMemberBodySchema>;
export type UpdateMemberBody = z.input<typeof UpdateCouncilMemberBodySchema>;
export type UpdateSessionBody = z.input<typeof UpdateSessionBodySchema>;
export interface SessionListParams {
  councilId?: string;
  status?: SessionStatus;
}

export const councilKeys = {
  all: ['councils'] as const,
  list: ['councils', 'list'] as const,
  detail: (id: string) => ['councils', 'detail', id] as const,
  sessions: (params: SessionListParams) => ['council-sessions', 'list', params] as const,
  session: (id: string) => ['council-sessions', 'detail', id] as const,
  nominations: (reviewingUnitId: string, statuses: readonly NominationStatus[]) => ['nominations', 'choices', reviewingUnitId, statuses] as const,
};

export function useCouncilList() {
  return useQuery({ queryKey: councilKeys.list, queryFn: () => api.get<z.infer<typeof CouncilListSchema>>('/api/councils') });
}

export function useCouncil(id: string | undefined) {
  return useQuery({ queryKey: councilKeys.detail(id ?? ''), queryFn: () => api.get<Council>(`/api/councils/${id}`), enabled: Boolean(id) });
}

/** A council answer replaces the cached one; lists show names and member counts, so they refresh. */
function useCouncilSaved() {
  const queryClient = useQueryClient();
  return (council: Council) => {
    queryClient.setQueryData(councilKeys.detail(council.id), council);
    void queryClient.invalidateQueries({ queryKey: councilKeys.list });
  };
}

export function useCreateCouncil() {
  const saved = useCouncilSaved();
  return useMutation({ mutationFn: (body: CreateCouncilBody) => api.post<Council>('/api/councils', body), onSuccess: saved });
}

export function useUpdateCouncil(id: string) {
  const saved = useCouncilSaved();
  return useMutation({ mutationFn: (body: UpdateCouncilBody) => api.patch<Council>(`/api/councils/${id}`, body), onSuccess: saved });
}

/** Member routes may answer the member or the council: the council is fetched again either way. */
function useRefreshCouncil(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: councilKeys.detail(id) }), queryClient.invalidateQueries({ queryKey: councilKeys.list })]);
}

export function useAddCouncilMember(councilId: string) {
  const refresh = useRefreshCouncil(councilId);
  return useMutation({ mutationFn: (body: AddMemberBody) => api.post<unknown>(`/api/councils/${councilId}/members`, body), onSettled: refresh });
}

export function useUpdateCouncilMember(councilId: string) {
  const refresh = useRefreshCouncil(councilId);
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) => api.patch<unknown>(`/api/councils/${councilId}/members/${memberId}`, body),
    onSettled: refresh,
  });
}

export function useSessionList(params: SessionListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: councilKeys.sessions(params),
    queryFn: () => api.get<z.infer<typeof SessionListSchema>>('/api/council-sessions', { councilId: params.councilId, status: params.status }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * One session. While it is open the counts of votes cast move as members vote elsewhere, so it is
 * read again every little while (and on every visit).
 */
export function useCouncilSession(id: string) {
  return useQuery({
    queryKey: councilKeys.session(id),
    queryFn: () => api.get<Session>(`/api/council-sessions/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 15_000 : false),
  });
}

/**
 * After any change to a session: the session itself (the write routes need not answer it whole),
 * the lists, and the nominations whose status an agenda or a close moves.
 */
function useSessionChanged() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: councilKeys.session(id) }),
      queryClient.invalidateQueries({ queryKey: ['council-sessions', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['nominations'] }),
    ]);
}

export function useCreateSession() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: ({ councilId, body }: { councilId: string; body: CreateSessionBody }) => api.post<Session>(`/api/councils/${councilId}/sessions`, body),
    onSuccess: (s) => changed(s.id),
  });
}

export function useUpdateSession(id: string) {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: (body: UpdateSessionBody) => api.patch<unknown>(`/api/council-sessions/${id}`, body), onSettled: () => changed(id) });
}

export function useOpenSession(id: string) {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: (body: OpenSessionBody) => api.post<unknown>(`/api/council-sessions/${id}/open`, body), onSettled: () => changed(id) });
}

/** A ballot, or the written vote of an absent member; the session is read again to show the counts. */
export function useCastVotes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CastVotesBody) => api.post<unknown>(`/api/council-sessions/${id}/votes`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: councilKeys.session(id) }),
  });
}

export function useCloseSession(id: string) {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: (body: { version: number }) => api.post<unknown>(`/api/council-sessions/${id}/close`, body), onSettled: () => changed(id) });
}

/**
 * Nominations sent to a reviewing unit in any of the given statuses (the list endpoint filters one
 * status at a time, so each is asked for and the answers joined).
 */
export function useNominationChoices(reviewingUnitId: string | null | undefined, statuses: readonly NominationStatus[]) {
  return useQuery({
    queryKey: councilKeys.nominations(reviewingUnitId ?? '', statuses),
    queryFn: async () => {
      const pages = await Promise.all(
        statuses.map((status) => api.get<Page<NominationSummary>>('/api/nominations', { reviewingUnitId: reviewingUnitId ?? undefined, status, limit: 1000 })),
      );
      return pages.flatMap((p) => p.items);
    },
    enabled: Boolean(reviewingUnitId),
  });
}

/**
 * Accounts a manager may link to members: those working inside the council's unit or scoped to it,
 * searched by name on the server (a province council may reach thousands).
 */
export function useCouncilAccounts(councilId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['councils', councilId, 'accounts', q],
    queryFn: () => api.get<CouncilAccountList>(`/api/councils/${councilId}/accounts`, q ? { q } : {}),
    enabled,
    placeholderData: keepPreviousData,
  });
}
