import { Select, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { usePeopleList } from '../people/usePeople.js';

export interface PersonOption {
  id: string;
  name: string;
  detail?: string | null;
}

interface Props {
  id?: string;
  /** Only people of this unit and the units under it. */
  unitId: string | null | undefined;
  /** The current person, whose name is known before any search. */
  known?: PersonOption | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Text to search first (an exemplary entry's name). */
  initialSearch?: string;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}

/** Picks a person of a unit's subtree by searching the server (diacritics optional). */
export function PersonSelect({ id, unitId, known, value, onChange, initialSearch = '', disabled, placeholder, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState(initialSearch);
  const q = useDebouncedValue(search.trim(), 250);
  const enabled = Boolean(unitId) && !disabled;
  const results = usePeopleList({ q: q || undefined, unitId: unitId ?? undefined, includeDescendants: true, limit: 30, offset: 0 }, { enabled });

  // Remember every name seen, so a chosen person keeps the label when the search changes.
  const seen = useRef(new Map<string, PersonOption>());
  if (known) seen.current.set(known.id, known);
  const found = (results.data?.items ?? []).map((p) => ({ id: p.id, name: p.fullName, detail: [p.position, p.unitName].filter(Boolean).join(', ') }));
  found.forEach((p) => seen.current.set(p.id, p));
  const missing = value && !found.some((p) => p.id === value) ? [seen.current.get(value) ?? { id: value, name: value }] : [];
  const options = [...missing, ...found].map((p) => ({ value: p.id, label: p.name, detail: p.detail }));

  return (
    <Select<string | null>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      allowClear
      disabled={disabled || !unitId}
      placeholder={placeholder ?? t('nomination.personPlaceholder')}
      loading={results.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={results.isFetching ? t('app.loading') : t('nomination.personNone')}
      optionRender={(option: { data: { label?: ReactNode; detail?: unknown } }) => (
        <span>
          {option.data.label}
          {typeof option.data.detail === 'string' && option.data.detail && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {option.data.detail}
            </Typography.Text>
          )}
        </span>
      )}
      style={{ width: '100%' }}
    />
  );
}
