import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { isValidIsoDate } from '../../../core/dates.js';
import type { RollupParams } from './useAssignments.js';

const INCLUDE_SUBMITTED = 'tinhCaDaGui';
const AS_OF = 'ngay';
const UNIT = 'mo';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function read(search: URLSearchParams): RollupParams {
  const asOf = search.get(AS_OF) ?? '';
  const unitId = search.get(UNIT) ?? '';
  return { includeSubmitted: search.get(INCLUDE_SUBMITTED) === '1', asOf: isValidIsoDate(asOf) ? asOf : undefined, unitId: UUID.test(unitId) ? unitId : undefined };
}

/**
 * The roll-up options live in the URL: the roll-up tab and the export buttons in the page header
 * read the same ones, so a downloaded file always matches the table on screen (and a link keeps them).
 */
export function useRollupParams(): [RollupParams, (patch: Partial<RollupParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => read(search), [search]);
  // Read at call time: a widget may call back with a handler from an earlier render (the date
  // picker does), and merging into that render's URL would undo a change made since.
  const latest = useRef(search);
  latest.current = search;

  const update = (patch: Partial<RollupParams>) => {
    const next = { ...read(latest.current), ...patch };
    const s = new URLSearchParams(latest.current);
    if (next.includeSubmitted) s.set(INCLUDE_SUBMITTED, '1');
    else s.delete(INCLUDE_SUBMITTED);
    if (next.asOf) s.set(AS_OF, next.asOf);
    else s.delete(AS_OF);
    if (next.unitId) s.set(UNIT, next.unitId);
    else s.delete(UNIT);
    setSearch(s, { replace: true });
  };
  return [params, update];
}
