import { Card, Flex, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../core/dates.js';
import { useSession } from '../features/session/useSession.js';
import { UnitSelect } from '../features/units/UnitSelect.js';

/**
 * The unit and year a page reports on, kept in the address (?donVi=…&nam=…) so a link or a
 * reload shows the same figures. Defaults: the user's scope and this year.
 */
export function useUnitYearParams() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const set = (key: 'donVi' | 'nam', value: string | number) => {
    const next = new URLSearchParams(params);
    next.set(key, String(value));
    setParams(next, { replace: true });
  };
  return {
    unitId: params.get('donVi') ?? user.scopeUnitId,
    year: Number(params.get('nam')) || thisYear,
    thisYear,
    setUnitId: (id: string) => set('donVi', id),
    setYear: (year: number) => set('nam', year),
  };
}

interface Props {
  unitLabel: string;
  yearLabel: string;
  /** The years offered, newest first. */
  years: number[];
  /** Closed units too (their history stays reportable). */
  includeClosed?: boolean;
}

export function UnitYearFilter({ unitLabel, yearLabel, years, includeClosed = false }: Props) {
  const { user } = useSession();
  const { unitId, year, setUnitId, setYear } = useUnitYearParams();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap>
        <div style={{ width: 360, maxWidth: '100%' }}>
          <UnitSelect
            aria-label={unitLabel}
            ancestorId={user.scopeUnitId}
            {...(includeClosed ? { status: 'all' as const } : {})}
            known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
            allowClear={false}
            value={unitId}
            onChange={(v) => v && setUnitId(v)}
          />
        </div>
        <Select<number> aria-label={yearLabel} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 120 }} />
      </Flex>
    </Card>
  );
}
