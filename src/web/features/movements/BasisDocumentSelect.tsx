import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { documentLabel } from '../documents/DocumentSelect.js';
import { useDocumentList } from '../documents/useDocuments.js';

export interface KnownDocument {
  documentId: string;
  documentNumber: string | null;
  subject: string | null;
}

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The documents already chosen (their labels, before any search). */
  known?: KnownDocument[];
}

const knownLabel = (d: KnownDocument) => [d.documentNumber, d.subject].filter(Boolean).join(' — ');

/** Picks the documents a movement rests on (căn cứ phát động), searching the register on the server. */
export function BasisDocumentSelect({ id, value = [], onChange, known = [] }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const results = useDocumentList({ q: q || undefined, limit: 30 });
  // Remember every label seen, so a chosen document keeps it when the search changes.
  const labels = useRef(new Map<string, string>());
  known.forEach((d) => labels.current.set(d.documentId, knownLabel(d)));
  results.data?.items.forEach((d) => labels.current.set(d.id, documentLabel(d)));

  const found = (results.data?.items ?? []).map((d) => ({ value: d.id, label: documentLabel(d) }));
  const missing = value.filter((v) => !found.some((o) => o.value === v)).map((v) => ({ value: v, label: labels.current.get(v) ?? v }));

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v)}
      options={[...missing, ...found]}
      loading={results.isFetching}
      placeholder={t('movement.basisPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      style={{ width: '100%' }}
    />
  );
}
