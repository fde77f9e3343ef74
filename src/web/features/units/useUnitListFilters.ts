import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { UNIT_KINDS, type UnitKind } from '../../../contract/units.js';
import type { UnitStatusFilter } from './useUnits.js';

export interface UnitListFilters {
  q: string;
  kinds: UnitKind[];
  status: UnitStatusFilter;
  /** Only the subtree of this unit (chosen in the tree). */
  under: string | null;
  page: number;
  pageSize: number;
}

const STATUSES: readonly UnitStatusFilter[] = ['all', 'active', 'closed'];
const PAGE_SIZES = [20, 50, 100];

/**
 * The unit list's filters live in the URL, so coming back from a unit's page (or sharing the
 * link) shows the same list. The default status is "all": closed units are part of the history.
 */
export function useUnitListFilters(): [UnitListFilters, (patch: Partial<UnitListFilters>) => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<UnitListFilters>(() => {
    const status = params.get('status') as UnitStatusFilter | null;
    const size = Number(params.get('size'));
    return {
      q: params.get('q') ?? '',
      kinds: params.getAll('kind').filter((k): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k)),
      status: status && STATUSES.includes(status) ? status : 'all',
      under: params.get('under'),
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZES.includes(size) ? size : 20,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<UnitListFilters>) => {
      const next = { ...filters, ...patch };
      // Any change other than paging starts again from the first page.
      if (!('page' in patch)) next.page = 1;
      const search = new URLSearchParams();
      if (next.q) search.set('q', next.q);
      next.kinds.forEach((k) => search.append('kind', k));
      if (next.status !== 'all') search.set('status', next.status);
      if (next.under) search.set('under', next.under);
      if (next.page > 1) search.set('page', String(next.page));
      if (next.pageSize !== 20) search.set('size', String(next.pageSize));
      setParams(search, { replace: true });
    },
    [filters, setParams],
  );

  return [filters, update];
}
