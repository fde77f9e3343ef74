import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Person } from '../../../contract/people.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';

interface Props {
  /** Only people of this unit and the units under it. */
  unitId?: string | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  'aria-label'?: string;
}

/** Picks one person by searching the server (name without diacritics), showing their unit. A form field. */
export function PersonSelect({ unitId, value, onChange, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const results = useQuery({
    queryKey: ['people', 'list', { q, unitId, includeDescendants: true, limit: 30, offset: 0 }],
    queryFn: () => api.get<Page<Person>>('/api/people', { q: q || undefined, unitId: unitId ?? undefined, includeDescendants: 'true', limit: 30, offset: 0 }),
  });
  // A chosen person keeps their label when the search moves on.
  const seen = useRef(new Map<string, { label: string; unit: string }>());
  results.data?.items.forEach((p) => seen.current.set(p.id, { label: p.fullName, unit: p.unitName }));
  const options = (results.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName, unit: p.unitName }));
  if (value && !options.some((o) => o.value === value)) {
    const known = seen.current.get(value);
    options.unshift({ value, label: known?.label ?? value, unit: known?.unit ?? '' });
  }
  return (
    <Select<string | null>
      aria-label={rest['aria-label']}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      allowClear
      placeholder={t('decision.personPlaceholder')}
      loading={results.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      optionRender={(option) => (
        <span>
          {option.data.label}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {option.data.unit}
          </Typography.Text>
        </span>
      )}
      style={{ width: '100%' }}
    />
  );
}
