import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AwardCodeSchema, type AwardCode } from '../../../contract/awards.js';
import { NominationStatusSchema, type NominationStatus } from '../../../contract/nominations.js';

export interface NominationListFilters {
  year: number | undefined;
  status: NominationStatus | undefined;
  awardCode: AwardCode | undefined;
  proposingUnitId: string | undefined;
  reviewingUnitId: string | undefined;
  q: string | undefined;
  page: number;
}

/** Filters from the URL; anything unreadable is left out rather than sent to the server. */
export function parseListFilters(params: URLSearchParams): NominationListFilters {
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  const status = NominationStatusSchema.safeParse(params.get('status'));
  const award = AwardCodeSchema.safeParse(params.get('awardCode'));
  return {
    year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined,
    status: status.success ? status.data : undefined,
    awardCode: award.success ? award.data : undefined,
    proposingUnitId: params.get('proposingUnitId') || undefined,
    reviewingUnitId: params.get('reviewingUnitId') || undefined,
    q: params.get('q') || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters as a query string; the first page and empty filters are left out. */
export function serializeListFilters(filters: NominationListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    search.set(key, String(value));
  }
  return search;
}

/** The list's filters live in the URL, so a link or the back button shows the same list. */
export function useNominationListFilters(): [NominationListFilters, (patch: Partial<NominationListFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseListFilters(params), [params]);
  const setFilters = (patch: Partial<NominationListFilters>) => {
    // A new filter shows its first page; only paging itself keeps the page asked for.
    const next = { ...filters, page: 1, ...patch };
    setParams(serializeListFilters(next), { replace: true });
  };
  return [filters, setFilters];
}
