import { Button, Card, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SessionStatusSchema } from '../../../contract/councils.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useCan } from '../session/useSession.js';
import { SessionFormModal } from './SessionFormModal.js';
import { COUNCIL_PARAM } from './session-paths.js';
import { SessionsTable } from './SessionsTable.js';
import { useCouncilList, type SessionStatus } from './useCouncils.js';

/** Phiên họp xét khen thưởng of the councils in scope; a member comes here to find the one to vote in. */
export function SessionListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const councilId = params.get(COUNCIL_PARAM) ?? undefined;
  const parsedStatus = SessionStatusSchema.safeParse(params.get('trangThai'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const councils = useCouncilList();
  const [creating, setCreating] = useState(false);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const councilOptions = useMemo(
    () =>
      [...(councils.data?.items ?? [])]
        .sort((a, b) => compareVietnamese(a.unitName, b.unitName))
        .map((c) => ({ value: c.id, label: `${c.name} – ${c.unitName}` })),
    [councils.data],
  );

  return (
    <>
      <PageHeader
        title={t('nav.councilSessions')}
        extra={
          can('council:manage') && (
            <Button type="primary" onClick={() => setCreating(true)} disabled={!councils.data?.items.length}>
              {t('meeting.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select<string>
            aria-label={t('meeting.council')}
            placeholder={t('meeting.allCouncils')}
            allowClear
            showSearch={{ filterOption: filterOptionFolded }}
            loading={councils.isPending}
            value={councilId}
            onChange={(v) => setFilter(COUNCIL_PARAM, v)}
            options={councilOptions}
            style={{ width: 420, maxWidth: '100%' }}
          />
          <Select<SessionStatus>
            aria-label={t('meeting.status')}
            placeholder={t('meeting.status')}
            allowClear
            value={status}
            onChange={(v) => setFilter('trangThai', v)}
            options={SessionStatusSchema.options.map((s) => ({ value: s, label: t(`meeting.status.${s}`) }))}
            style={{ width: 180 }}
          />
        </Flex>
        <SessionsTable params={{ councilId, status }} showCouncil />
      </Card>
      {creating && (
        <SessionFormModal
          council={councils.data?.items.find((c) => c.id === councilId)}
          councils={councils.data?.items ?? []}
          onClose={() => setCreating(false)}
          onSaved={(s) => void navigate(PATHS.councilSession(s.id))}
        />
      )}
    </>
  );
}
