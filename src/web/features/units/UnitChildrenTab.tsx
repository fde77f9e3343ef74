import { useState } from 'react';
import { QueryError } from '../../components/QueryError.js';
import { UnitTable } from './UnitTable.js';
import { useUnitList } from './useUnits.js';

/** Units directly under this one, closed ones included. */
export function UnitChildrenTab({ unitId }: { unitId: string }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const list = useUnitList({
    parentId: unitId,
    status: 'all',
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <UnitTable
        data={list.data}
        loading={list.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        showParent={false}
      />
    </>
  );
}
