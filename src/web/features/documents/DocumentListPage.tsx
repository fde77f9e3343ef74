import { Button, Card, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DOC_TYPES, type DocDirection, type DocType, type DocumentSummary } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { useCan } from '../session/useSession.js';
import { DirectionTag, DocStatusTag } from './DocumentTags.js';
import { useDocumentList } from './useDocuments.js';

const PAGE_SIZE = 20;

/** Sổ văn bản: outgoing and incoming documents, newest first, searchable without diacritics. */
export function DocumentListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  // Filters live in the URL, so coming back from a document shows the same list.
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () => ({
      q: params.get('q') ?? '',
      direction: (params.get('direction') as DocDirection | null) ?? undefined,
      docType: (params.get('docType') as DocType | null) ?? undefined,
      year: Number(params.get('year')) || undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
    }),
    [params],
  );
  const setFilters = (patch: Partial<typeof filters>) => {
    const next = { ...filters, ...(('page' in patch) ? {} : { page: 1 }), ...patch };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) search.set(key, String(value));
    }
    setParams(search, { replace: true });
  };

  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text.trim(), 350);
  useEffect(() => {
    if (debounced !== filters.q) setFilters({ q: debounced });
    // Only when the settled input changes.
  }, [debounced]);

  const list = useDocumentList({
    q: filters.q || undefined,
    direction: filters.direction,
    docType: filters.docType,
    year: filters.year,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  });

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);

  const columns: TableColumnsType<DocumentSummary> = [
    { title: t('document.number'), key: 'number', width: 170, render: (_, d) => d.fullNumber ?? t('document.unnumbered') },
    { title: t('document.date'), key: 'date', width: 110, render: (_, d) => formatDateVi(d.issuedOn) },
    { title: t('document.docType'), dataIndex: 'docType', key: 'docType', width: 120 },
    {
      title: t('document.subject'),
      key: 'subject',
      render: (_, d) => <Link to={PATHS.document(d.id)}>{d.subject || t('document.noSubject')}</Link>,
    },
    { title: t('document.issuer'), key: 'issuer', width: 220, render: (_, d) => d.issuerName ?? d.ownerUnitName },
    { title: t('document.direction'), key: 'direction', width: 80, render: (_, d) => <DirectionTag direction={d.direction} /> },
    { title: t('document.status'), key: 'status', width: 130, render: (_, d) => <DocStatusTag status={d.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.documents')}
        extra={
          can('document:write') && (
            <>
              <Button onClick={() => void navigate(PATHS.documentImport)}>{t('document.import')}</Button>
              <Button type="primary" onClick={() => void navigate(PATHS.documentCompose)}>
                {t('document.compose')}
              </Button>
            </>
          )
        }
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t('document.search')}
            placeholder={t('document.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={{ width: 420, maxWidth: '100%' }}
          />
          <Select<DocDirection | 'all'>
            aria-label={t('document.direction')}
            value={filters.direction ?? 'all'}
            onChange={(v) => setFilters({ direction: v === 'all' ? undefined : v })}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'outgoing', label: t('document.direction.outgoing') },
              { value: 'incoming', label: t('document.direction.incoming') },
            ]}
            style={{ width: 120 }}
          />
          <Select<DocType>
            aria-label={t('document.docType')}
            placeholder={t('document.docType')}
            allowClear
            showSearch={{ filterOption: filterOptionFolded }}
            value={filters.docType}
            onChange={(docType) => setFilters({ docType })}
            options={DOC_TYPES.map((d) => ({ value: d, label: d }))}
            style={{ width: 180 }}
          />
          <Select<number>
            aria-label={t('document.filter.year')}
            placeholder={t('document.filter.year')}
            allowClear
            value={filters.year}
            onChange={(year) => setFilters({ year })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<DocumentSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          pagination={{
            current: filters.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('document.total', { count: total }),
            onChange: (page) => setFilters({ page }),
          }}
        />
      </Card>
    </>
  );
}
