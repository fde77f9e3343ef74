import { Select } from 'antd';
import { useRef, useState } from 'react';
import type { DocumentSummary } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { useDocumentList } from './useDocuments.js';

interface DocumentSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Documents known beforehand (the current value). */
  known?: DocumentSummary[];
  excludeId?: string;
  /** Every document seen, by id (shared with the form, which turns the chosen ones into citations). */
  registry: Map<string, DocumentSummary>;
  'aria-label'?: string;
}

export function documentLabel(d: Pick<DocumentSummary, 'fullNumber' | 'issuedOn' | 'subject' | 'docType'>): string {
  const date = d.issuedOn ? ` ngày ${formatDateVi(d.issuedOn)}` : '';
  return `${d.docType} số ${d.fullNumber ?? '?'}${date}${d.subject ? ` — ${d.subject}` : ''}`;
}

/**
 * Picks registered documents to cite (căn cứ), searching the register on the server. Only numbered
 * documents can be cited: a citation is a number and symbol.
 */
export function DocumentSelect({ id, value = [], onChange, known, excludeId, registry, ...rest }: DocumentSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const results = useDocumentList({ q: q || undefined, limit: 30 });
  known?.forEach((d) => registry.set(d.id, d));
  results.data?.items.forEach((d) => registry.set(d.id, d));

  const found = (results.data?.items ?? []).filter((d) => d.id !== excludeId);
  const missing = value.filter((v) => !found.some((d) => d.id === v)).map((v) => registry.get(v)).filter((d): d is DocumentSummary => Boolean(d));
  const options = [...missing, ...found].map((d) => ({ value: d.id, label: documentLabel(d), disabled: !d.fullNumber }));

  return (
    <Select<string[]>
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={results.isFetching}
      placeholder={t('document.referencesPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      style={{ width: '100%' }}
    />
  );
}

/** The summaries behind the chosen ids, for turning them into citations. */
export function useSeenDocuments() {
  return useRef(new Map<string, DocumentSummary>());
}
