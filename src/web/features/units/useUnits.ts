import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CloseUnitBody, CreateUnitBody, Unit, UnitKind, UnitLineage, UpdateUnitBody } from '../../../contract/units.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type UnitStatusFilter = 'active' | 'closed' | 'all';

export type UnitListParams = {
  q?: string;
  kind?: readonly UnitKind[];
  parentId?: string;
  ancestorId?: string;
  status?: UnitStatusFilter;
  limit?: number;
  offset?: number;
};

export interface UnitPathItem {
  id: string;
  name: string;
  kind: UnitKind;
}

export const unitKeys = {
  all: ['units'] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  path: (id: string) => ['units', 'path', id] as const,
  lineage: (id: string) => ['units', 'lineage', id] as const,
};

export const unitListQuery = (params: UnitListParams) =>
  queryOptions({ queryKey: unitKeys.list(params), queryFn: () => api.get<Page<Unit>>('/api/units', params) });

/** Children of a unit, closed ones included so the history stays visible (tree, detail tab). */
export const unitChildrenQuery = (parentId: string) => unitListQuery({ parentId, status: 'all', limit: 1000 });

export function useUnitList(params: UnitListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...unitListQuery(params), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: () => api.get<Unit>(`/api/units/${id}`),
    enabled: Boolean(id),
  });
}

export function useUnitPath(id: string) {
  return useQuery({ queryKey: unitKeys.path(id), queryFn: () => api.get<UnitPathItem[]>(`/api/units/${id}/path`) });
}

export function useUnitLineage(id: string) {
  return useQuery({ queryKey: unitKeys.lineage(id), queryFn: () => api.get<UnitLineage>(`/api/units/${id}/lineage`) });
}

/** Unit names appear in groups, people and users too: refresh them all after a change. */
function useInvalidateUnitData() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: unitKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['groups'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['users'] }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnitData();
  return useMutation({ mutationFn: (body: CreateUnitBody) => api.post<Unit>('/api/units', body), onSuccess: invalidate });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateUnitData();
  return useMutation({
    mutationFn: (body: UpdateUnitBody) => api.patch<Unit>(`/api/units/${id}`, body),
    onSettled: invalidate,
  });
}

export function useCloseUnit(id: string) {
  const invalidate = useInvalidateUnitData();
  return useMutation({
    mutationFn: (body: CloseUnitBody) => api.post<Unit>(`/api/units/${id}/close`, body),
    onSettled: invalidate,
  });
}
