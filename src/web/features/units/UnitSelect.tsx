import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { unitListQuery, type UnitStatusFilter } from './useUnits.js';

export interface UnitOption {
  id: string;
  name: string;
  code?: string;
}

interface BaseProps {
  id?: string;
  /** Units whose names are known beforehand (the current value when editing). */
  known?: UnitOption[];
  status?: UnitStatusFilter;
  /** Only units in this unit's subtree. */
  ancestorId?: string;
  excludeIds?: string[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
}
interface SingleProps extends BaseProps {
  multiple?: false;
  value?: string | null;
  onChange?: (value: string | null) => void;
}
interface MultipleProps extends BaseProps {
  multiple: true;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/**
 * Picks units by searching the server (name or code, with or without diacritics; Vietnamese order).
 * Works as a controlled form field (`value` / `onChange`).
 */
export function UnitSelect(props: SingleProps | MultipleProps) {
  const t = useT();
  const { known, status = 'active', ancestorId, excludeIds, placeholder, allowClear = true, disabled, id } = props;
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const results = useQuery({ ...unitListQuery({ q: q || undefined, status, ancestorId, limit: 30 }), enabled: !disabled });

  // Remember every name seen, so a chosen unit keeps its label when the search changes.
  const seen = useRef(new Map<string, UnitOption>());
  known?.forEach((u) => seen.current.set(u.id, u));
  results.data?.items.forEach((u) => seen.current.set(u.id, { id: u.id, name: u.name, code: u.code }));

  const selectedIds = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const excluded = new Set(excludeIds);
  const found = (results.data?.items ?? []).map((u) => ({ id: u.id, name: u.name, code: u.code }));
  const missing = selectedIds
    .filter((sid) => !found.some((u) => u.id === sid))
    .map((sid) => seen.current.get(sid) ?? { id: sid, name: sid });
  const options = [...missing, ...found.filter((u) => !excluded.has(u.id))].map((u) => ({ value: u.id, label: u.name, code: u.code }));

  const common = {
    id,
    'aria-label': props['aria-label'],
    options,
    allowClear,
    disabled,
    placeholder: placeholder ?? t('unit.selectPlaceholder'),
    loading: results.isFetching,
    showSearch: { filterOption: false, onSearch: setSearch, searchValue: search },
    onOpenChange: (open: boolean) => {
      if (!open) setSearch('');
    },
    notFoundContent: results.isFetching ? t('app.loading') : undefined,
    optionRender: (option: { data: { label?: ReactNode; code?: unknown } }) => (
      <span>
        {option.data.label}
        {typeof option.data.code === 'string' && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {option.data.code}
          </Typography.Text>
        )}
      </span>
    ),
    style: { width: '100%' },
  };

  if (props.multiple) {
    return <Select<string[]> {...common} mode="multiple" value={props.value ?? []} onChange={(v) => props.onChange?.(v)} />;
  }
  return <Select<string | null> {...common} value={props.value ?? null} onChange={(v) => props.onChange?.(v ?? null)} />;
}
