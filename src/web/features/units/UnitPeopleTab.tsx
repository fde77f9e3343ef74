import { useState } from 'react';
import { QueryError } from '../../components/QueryError.js';
import { PeopleTable } from '../people/PeopleTable.js';
import { usePeopleList } from '../people/usePeople.js';

/** People working in this unit. */
export function UnitPeopleTab({ unitId }: { unitId: string }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = usePeopleList({ unitId, limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize });
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <PeopleTable
        data={list.data}
        loading={list.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        showUnit={false}
      />
    </>
  );
}
