import { App, Button, Col, InputNumber, Modal, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Award, AwardCode } from '../../../contract/awards.js';
import { useShowError } from '../../app/useShowError.js';
import { PATHS } from '../../app/paths.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { awardsForKind, candidateDraftBody, candidateReady, type CandidateChoice, type NominationCandidate } from './nomination-form.js';
import { PersonSelect } from './PersonSelect.js';
import { useCreateNomination, useNominationCandidates } from './useNominations.js';

interface Props {
  scopeUnit: UnitOption;
  year: number;
  awards: Award[];
  onClose: () => void;
}

type Choice = Partial<Pick<CandidateChoice, 'awardCode' | 'personId' | 'unitId'>>;

const keyOf = (c: NominationCandidate, i: number) => `${c.reportId}:${i}`;

/**
 * Từ danh sách tiêu biểu: the exemplary collectives and people of the unit's accepted reports become
 * drafts, one at a time. A person the server matched by name is proposed as is; a collective, or a
 * person it could not match, is picked here.
 */
export function CandidatesModal({ scopeUnit, year: initialYear, awards, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [unitId, setUnitId] = useState<string | null>(scopeUnit.id);
  const [year, setYear] = useState(initialYear);
  const candidates = useNominationCandidates(unitId, year);
  const create = useCreateNomination();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [created, setCreated] = useState<Record<string, string>>({});
  const rows = (candidates.data?.items ?? []).map((c, i) => ({ ...c, key: keyOf(c, i) }));

  const choose = (key: string, patch: Choice) => setChoices((all) => ({ ...all, [key]: { ...all[key], ...patch } }));

  const makeDraft = (c: NominationCandidate & { key: string }) => {
    const choice = choices[c.key] ?? {};
    if (!unitId || !choice.awardCode) return;
    setPendingKey(c.key);
    create.mutate(candidateDraftBody(c, { proposingUnitId: unitId, year, awardCode: choice.awardCode, personId: choice.personId, unitId: choice.unitId }), {
      onSuccess: (n) => {
        setCreated((all) => ({ ...all, [c.key]: n.id }));
        void message.success(t('nomination.candidates.created', { name: c.name }));
      },
      onError: (error) => showError(error),
      onSettled: () => setPendingKey(null),
    });
  };

  const columns: TableColumnsType<NominationCandidate & { key: string }> = [
    {
      title: t('nomination.candidates.name'),
      key: 'name',
      width: 220,
      render: (_, c) => (
        <>
          <div>
            <Typography.Text strong>{c.name}</Typography.Text> <Tag>{t(`nomination.kind.${c.kind}`)}</Tag>
          </div>
          {c.position && <Typography.Text type="secondary">{c.position}</Typography.Text>}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.unitName} · {c.assignmentTitle}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('nomination.candidates.achievement'),
      key: 'achievement',
      render: (_, c) => <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>{c.achievement}</Typography.Paragraph>,
    },
    {
      title: t('nomination.candidates.nominee'),
      key: 'nominee',
      width: 240,
      render: (_, c) => {
        if (c.nominated) return <Tag color="blue">{t('nomination.candidates.nominated')}</Tag>;
        const choice = choices[c.key] ?? {};
        if (c.kind === 'collective') {
          return (
            <UnitSelect
              aria-label={t('nomination.candidates.pickUnit', { name: c.name })}
              status="all"
              // Any unit of the proposing unit's tree: the entry's own unit may since have merged away.
              ancestorId={unitId ?? undefined}
              value={choice.unitId ?? null}
              onChange={(id) => choose(c.key, { unitId: id })}
            />
          );
        }
        if (c.personId && choice.personId === undefined) return <Tag color="green">{t('nomination.candidates.matched')}</Tag>;
        return (
          <PersonSelect
            aria-label={t('nomination.candidates.pickPerson', { name: c.name })}
            unitId={c.unitId}
            initialSearch={c.name}
            value={choice.personId ?? null}
            onChange={(id) => choose(c.key, { personId: id })}
            placeholder={t('nomination.candidates.noPerson')}
          />
        );
      },
    },
    {
      title: t('nomination.candidates.award'),
      key: 'award',
      width: 240,
      render: (_, c) =>
        c.nominated ? null : (
          <Select<AwardCode>
            aria-label={t('nomination.candidates.awardFor', { name: c.name })}
            value={choices[c.key]?.awardCode}
            onChange={(code) => choose(c.key, { awardCode: code })}
            options={awardOptions(awardsForKind(awards, c.kind), t)}
            showSearch={{ filterOption: filterOptionFolded }}
            style={{ width: '100%' }}
          />
        ),
    },
    {
      title: '',
      key: 'create',
      width: 120,
      render: (_, c) => {
        const id = created[c.key];
        if (id) return <Link to={PATHS.nomination(id)}>{t('nomination.candidates.open')}</Link>;
        if (c.nominated) return null;
        return (
          <Button
            size="small"
            type="primary"
            disabled={!candidateReady(c, choices[c.key] ?? {}) || (pendingKey !== null && pendingKey !== c.key)}
            loading={pendingKey === c.key}
            onClick={() => makeDraft(c)}
            aria-label={t('nomination.candidates.createFor', { name: c.name })}
          >
            {t('nomination.candidates.create')}
          </Button>
        );
      },
    },
  ];

  return (
    <Modal open title={t('nomination.candidates.title')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} width={1200} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('nomination.candidates.hint')}</Typography.Paragraph>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col xs={24} md={16}>
          <UnitSelect aria-label={t('nomination.proposingUnit')} status="all" known={[scopeUnit]} allowClear={false} value={unitId} onChange={setUnitId} />
        </Col>
        <Col xs={24} md={8}>
          <InputNumber
            aria-label={t('nomination.year')}
            prefix={t('nomination.year')}
            min={1945}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => {
              if (v) setYear(v);
            }}
            style={{ width: '100%' }}
          />
        </Col>
      </Row>
      {candidates.isError && <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />}
      <Table<NominationCandidate & { key: string }>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={candidates.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('nomination.candidates.none') }}
      />
    </Modal>
  );
}
