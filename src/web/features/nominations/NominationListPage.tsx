import { PlusOutlined, SendOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AwardCode } from '../../../contract/awards.js';
import { NOMINATION_STATUSES, type NominationStatus, type NominationSummary } from '../../../contract/nominations.js';
import { formatDateVi } from '../../../core/dates.js';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useDebouncedValue } from '../../lib/useDebouncedValue.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useCan, useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { CandidatesModal } from './CandidatesModal.js';
import { ForwardingPackageButton } from './ForwardingPackageButton.js';
import { useNominationListFilters } from './nomination-list-params.js';
import { submitErrorLines } from './nomination-form.js';
import { EligibilityTag, NominationStatusTag } from './NominationTags.js';
import { useDefaultNominationYear, useNominationList, useSubmitNominations } from './useNominations.js';

const PAGE_SIZE = 50;

/**
 * Đề nghị khen thưởng: the nominations a unit made and those sent to it for review, by year. Drafts
 * are chosen and sent together; each keeps its own status from then on.
 */
export function NominationListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const { user } = useSession();
  const catalogue = useAwardCatalogue();
  const [filters, setFilters] = useNominationListFilters();
  const thisYear = todayValue().year();
  const probedYear = useDefaultNominationYear(thisYear, { enabled: filters.year === undefined });
  const year = filters.year ?? probedYear;
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 350);
  const [selected, setSelected] = useState<Map<string, NominationSummary>>(new Map());
  const [submitErrors, setSubmitErrors] = useState<string[]>([]);
  const [candidatesOpen, setCandidatesOpen] = useState(false);
  const submit = useSubmitNominations();
  const canSubmit = can('nomination:submit');
  const canWrite = can('nomination:write');

  const list = useNominationList(
    {
      year,
      status: filters.status,
      awardCode: filters.awardCode,
      proposingUnitId: filters.proposingUnitId,
      reviewingUnitId: filters.reviewingUnitId,
      q: q || undefined,
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    },
    { enabled: year !== undefined },
  );

  const yearOptions = useMemo(
    () => Array.from({ length: 12 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: String(y) })),
    [thisYear],
  );

  const sendSelected = () => {
    // Versions as the list now shows them: a row refreshed since it was ticked carries its new version.
    const items = [...selected.values()].map((row) => {
      const fresh = list.data?.items.find((r) => r.id === row.id) ?? row;
      return { id: fresh.id, version: fresh.version };
    });
    modal.confirm({
      title: t('nomination.submitTitle'),
      content: t('nomination.submitConfirmMany', { count: items.length }),
      okText: t('nomination.submit'),
      cancelText: t('common.cancel'),
      onOk: () =>
        submit.mutateAsync({ items }).then(
          (result) => {
            setSelected(new Map());
            setSubmitErrors([]);
            void message.success(t('nomination.submitted', { count: result.items.length }));
          },
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 400) setSubmitErrors(submitErrorLines(error.message, error.fields));
            else showError(error);
            void list.refetch();
          },
        ),
    });
  };

  const columns: TableColumnsType<NominationSummary> = [
    {
      title: t('nomination.col.nominee'),
      key: 'nominee',
      render: (_, n) => (
        <>
          <Link to={PATHS.nomination(n.id)}>{n.nominee.name}</Link>
          {n.nominee.position && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {n.nominee.position}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: t('nomination.col.unit'), key: 'unit', render: (_, n) => n.nominee.unitName ?? '' },
    {
      title: t('nomination.col.award'),
      key: 'award',
      render: (_, n) => {
        const outcome = n.outcomeAwardCode && n.outcomeAwardCode !== n.awardCode ? catalogue.data?.items.find((a) => a.code === n.outcomeAwardCode) : undefined;
        return (
          <>
            {n.awardName}
            {outcome && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('nomination.approvedAs', { award: outcome.name })}
                </Typography.Text>
              </div>
            )}
          </>
        );
      },
    },
    { title: t('nomination.col.proposingUnit'), key: 'proposingUnit', render: (_, n) => n.proposingUnit.name },
    { title: t('nomination.col.status'), key: 'status', width: 150, render: (_, n) => <NominationStatusTag status={n.status} /> },
    { title: t('nomination.col.eligibility'), key: 'eligibility', width: 170, render: (_, n) => <EligibilityTag nomination={n} /> },
    { title: t('nomination.col.proposedOn'), key: 'proposedOn', width: 120, render: (_, n) => formatDateVi(n.proposedOn) },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.nominations')}
        extra={
          <>
            {can('nomination:review') && <ForwardingPackageButton reviewingUnitId={filters.reviewingUnitId} year={year} />}
            {canWrite && (
              <Button icon={<UnorderedListOutlined />} onClick={() => setCandidatesOpen(true)} disabled={year === undefined}>
                {t('nomination.fromCandidates')}
              </Button>
            )}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`${PATHS.nominationNew}${year ? `?year=${year}` : ''}`)}>
                {t('nomination.new')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Select<number>
            aria-label={t('nomination.filter.year')}
            value={year}
            loading={year === undefined}
            onChange={(y) => setFilters({ year: y })}
            options={yearOptions}
            style={{ width: 110 }}
          />
          <Select<NominationStatus>
            aria-label={t('nomination.filter.status')}
            placeholder={t('nomination.filter.status')}
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            options={NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`nomination.status.${s}`) }))}
            style={{ width: 180 }}
          />
          <Select<AwardCode>
            aria-label={t('nomination.filter.award')}
            placeholder={t('nomination.filter.award')}
            allowClear
            value={filters.awardCode}
            onChange={(awardCode) => setFilters({ awardCode })}
            options={awardOptions(catalogue.data?.items ?? [], t)}
            loading={catalogue.isPending}
            showSearch={{ filterOption: filterOptionFolded }}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <div style={{ width: 260, maxWidth: '100%' }}>
            <UnitSelect
              aria-label={t('nomination.filter.unit')}
              placeholder={t('nomination.filter.unit')}
              status="all"
              value={filters.proposingUnitId ?? null}
              onChange={(id) => setFilters({ proposingUnitId: id ?? undefined })}
            />
          </div>
          {can('nomination:review') && (
            <div style={{ width: 260, maxWidth: '100%' }}>
              <UnitSelect
                aria-label={t('nomination.filter.reviewingUnit')}
                placeholder={t('nomination.filter.reviewingUnit')}
                status="all"
                known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
                value={filters.reviewingUnitId ?? null}
                onChange={(id) => setFilters({ reviewingUnitId: id ?? undefined })}
              />
            </div>
          )}
          <Input.Search
            aria-label={t('nomination.search')}
            placeholder={t('nomination.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (filters.page !== 1) setFilters({});
            }}
            style={{ width: 340, maxWidth: '100%' }}
          />
        </Flex>
        {canSubmit && (
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Button icon={<SendOutlined />} type="primary" disabled={selected.size === 0} loading={submit.isPending} onClick={sendSelected} data-testid="nominations-submit-selected">
              {selected.size ? t('nomination.submitSelectedCount', { count: selected.size }) : t('nomination.submitSelected')}
            </Button>
            <Typography.Text type="secondary">{t('nomination.selectHint')}</Typography.Text>
          </Flex>
        )}
        {submitErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setSubmitErrors([]) }}
            title={t('nomination.submitErrors')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {submitErrors.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            }
            style={{ marginBottom: 12 }}
          />
        )}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<NominationSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching || year === undefined}
          scroll={{ x: 1100 }}
          rowSelection={
            canSubmit
              ? {
                  selectedRowKeys: [...selected.keys()],
                  preserveSelectedRowKeys: true,
                  onChange: (_keys, rows) =>
                    // Rows of other pages come back undefined: keep what was ticked there.
                    setSelected((prev) => {
                      const next = new Map<string, NominationSummary>();
                      for (const key of _keys) {
                        const row = rows.find((r) => r?.id === key) ?? prev.get(String(key));
                        if (row) next.set(row.id, row);
                      }
                      return next;
                    }),
                  getCheckboxProps: (n) => ({ disabled: n.status !== 'draft', 'aria-label': t('nomination.selectRow', { name: n.nominee.name }) }),
                }
              : undefined
          }
          pagination={{
            current: filters.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('nomination.total', { count: total }),
            onChange: (page) => setFilters({ page }),
          }}
          locale={{ emptyText: t('nomination.none') }}
        />
      </Card>
      {candidatesOpen && year !== undefined && (
        <CandidatesModal
          scopeUnit={{ id: user.scopeUnitId, name: user.scopeUnitName }}
          year={year}
          awards={catalogue.data?.items ?? []}
          onClose={() => setCandidatesOpen(false)}
        />
      )}
    </>
  );
}
