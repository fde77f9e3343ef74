import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../contract/audit.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type AuditListParams = { entityType?: string; entityId?: string; limit: number; offset: number };

export function useAuditList(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: () => api.get<Page<AuditEntry>>('/api/audit', params),
    placeholderData: keepPreviousData,
  });
}
