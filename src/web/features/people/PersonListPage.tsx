import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Input } from 'antd';
import { useState } from 'react';
import type { Person } from '../../../contract/people.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { useCan } from '../session/useSession.js';
import { TransferButtons } from '../transfer/TransferButtons.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { PersonFormModal } from './PersonFormModal.js';
import { PeopleTable } from './PeopleTable.js';
import { peopleKeys, usePeopleList } from './usePeople.js';

/** Cá nhân: search by name (diacritics optional), filter by unit, add, edit, import and export. */
export function PersonListPage() {
  const t = useT();
  const can = useCan();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 350);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [withDescendants, setWithDescendants] = useState(true);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Person | 'new' | null>(null);

  const list = usePeopleList({
    q: q || undefined,
    unitId: unitId ?? undefined,
    includeDescendants: Boolean(unitId) && withDescendants,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const firstPage = () => setPaging((p) => ({ ...p, page: 1 }));

  return (
    <>
      <PageHeader
        title={t('nav.people')}
        extra={
          <>
            {can('person:write') && (
              <Button type="primary" onClick={() => setEditing('new')}>
                {t('person.add')}
              </Button>
            )}
            <TransferButtons
              basePath="/api/people"
              fileStem="ca-nhan"
              importTitle={t('import.titlePeople')}
              canImport={can('person:write')}
              onImported={() => void queryClient.invalidateQueries({ queryKey: peopleKeys.all })}
            />
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t('person.search')}
            placeholder={t('person.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              firstPage();
            }}
            style={{ width: 400, maxWidth: '100%' }}
          />
          <div style={{ width: 320, maxWidth: '100%' }}>
            <UnitSelect
              aria-label={t('person.unitFilter')}
              placeholder={t('person.unitFilter')}
              status="all"
              value={unitId}
              onChange={(id) => {
                setUnitId(id);
                firstPage();
              }}
            />
          </div>
          <Checkbox checked={withDescendants} disabled={!unitId} onChange={(e) => setWithDescendants(e.target.checked)}>
            {t('person.includeDescendants')}
          </Checkbox>
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <PeopleTable
          data={list.data}
          loading={list.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onEdit={can('person:write') ? setEditing : undefined}
        />
      </Card>
      {editing && <PersonFormModal open person={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
