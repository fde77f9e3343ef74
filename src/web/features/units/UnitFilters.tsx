import { Flex, Input, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { UNIT_KINDS, type UnitKind } from '../../../contract/units.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import type { UnitListFilters } from './useUnitListFilters.js';
import type { UnitStatusFilter } from './useUnits.js';

interface UnitFiltersProps {
  filters: UnitListFilters;
  onChange: (patch: Partial<UnitListFilters>) => void;
  underName?: string;
}

/** Search box (server-side, diacritics optional), kind and status filters, and the subtree chip. */
export function UnitFilters({ filters, onChange, underName }: UnitFiltersProps) {
  const t = useT();
  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text, 350);

  // Typing searches as the user pauses; a new URL (back button) refills the box.
  useEffect(() => {
    if (debounced.trim() !== filters.q) onChange({ q: debounced.trim() });
    // Runs only when the settled input changes, not on every change of the filters.
  }, [debounced]);
  useEffect(() => {
    setText((current) => (current.trim() === filters.q ? current : filters.q));
  }, [filters.q]);

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        aria-label={t('unit.search')}
        placeholder={t('unit.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() })}
        style={{ width: 380, maxWidth: '100%' }}
      />
      <Select<UnitKind[]>
        aria-label={t('unit.filter.kind')}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        showSearch={{ filterOption: filterOptionFolded }}
        placeholder={t('unit.filter.kindPlaceholder')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds })}
        options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
        style={{ minWidth: 220 }}
      />
      <Select<UnitStatusFilter>
        aria-label={t('unit.filter.status')}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={[
          { value: 'all', label: t('common.all') },
          { value: 'active', label: t('unit.status.active') },
          { value: 'closed', label: t('unit.status.closed') },
        ]}
        style={{ width: 200 }}
      />
      {filters.under && (
        <Tag closable color="blue" onClose={() => onChange({ under: null })} closeIcon={<span aria-label={t('common.clearFilter')}>×</span>}>
          {t('unit.filter.under', { name: underName ?? '…' })}
        </Tag>
      )}
    </Flex>
  );
}
