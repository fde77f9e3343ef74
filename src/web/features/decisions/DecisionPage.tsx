import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Awardee, Decision } from '../../../contract/decisions.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { CertificateButtons, CertificateRowButtons } from './CertificateButtons.js';
import { DecisionStatusTag } from './DecisionStatusTag.js';
import { IssueDecisionModal } from './IssueDecisionModal.js';
import { formatMoney, formatMultiple } from './money.js';
import { useDecision, useDeleteDecision } from './useDecisions.js';

/** Quyết định khen thưởng: the awardees and their cash; issued from here; certificates once issued. */
export function DecisionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const decision = useDecision(id);
  if (decision.isPending) return <PageSpin />;
  if (decision.isError) {
    return (
      <>
        <Link to={PATHS.decisions}>{t('common.back')}</Link>
        <QueryError error={decision.error} onRetry={() => void decision.refetch()} />
      </>
    );
  }
  return <DecisionView decision={decision.data} />;
}

function DecisionView({ decision }: { decision: Decision }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const remove = useDeleteDecision(decision.id);
  const [issuing, setIssuing] = useState(false);
  // The blank chosen for printing serves the whole decision and each row alike.
  const [layoutId, setLayoutId] = useState<string | undefined>();
  const isDraft = decision.status === 'draft';
  const hasCertificates = decision.status === 'issued' || decision.status === 'recorded';

  const onDelete = () =>
    remove.mutate(decision.version, {
      onSuccess: () => {
        void message.success(t('decision.deleted'));
        void navigate(PATHS.decisions);
      },
      onError: (e) => showError(e),
    });

  const columns: TableColumnsType<Awardee> = [
    // The order of Điều 1, counted from 1 whatever base the stored positions use.
    { title: '#', key: 'position', width: 50, render: (_, _a, index) => index + 1 },
    {
      title: t('decision.awardee'),
      key: 'name',
      render: (_, a) => (
        <>
          {a.nominationId ? <Link to={PATHS.nomination(a.nominationId)}>{a.name}</Link> : a.name}
          {a.nomineePosition && <Typography.Text type="secondary">{` – ${a.nomineePosition}`}</Typography.Text>}
        </>
      ),
    },
    { title: t('decision.awardeeUnitCol'), key: 'unit', width: 200, render: (_, a) => a.unitName },
    { title: t('decision.award'), key: 'award', width: 200, render: (_, a) => a.awardName },
    { title: t('decision.multiple'), key: 'multiple', width: 90, align: 'right', render: (_, a) => formatMultiple(a.cashMultiple) },
    { title: t('decision.amount'), key: 'amount', width: 130, align: 'right', render: (_, a) => formatMoney(a.amount) },
    ...(hasCertificates
      ? [{ title: t('decision.certificate'), key: 'certificate', width: 170, render: (_: unknown, a: Awardee) => <CertificateRowButtons decision={decision} awardee={a} layoutId={layoutId} /> }]
      : []),
  ];

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.decisions}>{t('nav.decisions')}</Link>}
        title={decision.numberText ? t('decision.titleNumbered', { number: decision.numberText }) : t('decision.titleDraft')}
        tags={<DecisionStatusTag status={decision.status} />}
        extra={
          <>
            {decision.documentId && (
              <Button icon={isDraft ? <EditOutlined /> : <FileTextOutlined />} onClick={() => void navigate(PATHS.document(decision.documentId!))}>
                {isDraft ? t('decision.editText') : t('decision.openDocument')}
              </Button>
            )}
            {isDraft && can('decision:write') && (
              <Popconfirm title={t('decision.deleteConfirm')} okText={t('common.delete')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={onDelete}>
                <Button danger loading={remove.isPending}>
                  {t('decision.delete')}
                </Button>
              </Popconfirm>
            )}
            {isDraft && decision.canIssue && (
              <Button type="primary" data-testid="decision-issue" onClick={() => setIssuing(true)}>
                {t('decision.issue')}
              </Button>
            )}
          </>
        }
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'unit', label: t('decision.unit'), children: decision.unitName },
          { key: 'number', label: t('decision.number'), children: decision.numberText ?? t('decision.noNumber') },
          { key: 'issuedOn', label: t('decision.issuedOn'), children: formatDateVi(decision.issuedOn) },
          { key: 'issuer', label: t('decision.issuer'), children: decision.issuer },
          { key: 'year', label: t('decision.year'), children: decision.year },
          {
            key: 'baseSalary',
            label: t('decision.baseSalary'),
            children: decision.baseSalary !== null ? t('decision.perMonth', { amount: formatMoney(decision.baseSalary) }) : '',
          },
          { key: 'subject', label: t('decision.subject'), children: decision.subject, span: 2 },
          { key: 'total', label: t('decision.totalAmount'), children: <Typography.Text strong>{formatMoney(decision.totalAmount)}</Typography.Text> },
        ]}
      />
      {isDraft && (
        <Typography.Paragraph type="secondary">{decision.canIssue ? t('decision.draftNote') : t('decision.draftNoteNoIssue')}</Typography.Paragraph>
      )}
      {hasCertificates && <CertificateButtons decision={decision} layoutId={layoutId} onLayout={setLayoutId} />}
      <Card size="small" title={t('decision.awardees')} style={{ marginBottom: 16 }}>
        <Table<Awardee>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={[...decision.awardees].sort((a, b) => a.position - b.position)}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('decision.noAwardees') }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                <Typography.Text strong>{t('decision.totalOf', { count: decision.awardees.length })}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Typography.Text strong>{formatMoney(decision.totalAmount)}</Typography.Text>
              </Table.Summary.Cell>
              {hasCertificates && <Table.Summary.Cell index={6} />}
            </Table.Summary.Row>
          )}
        />
      </Card>
      {issuing && <IssueDecisionModal decision={decision} onClose={() => setIssuing(false)} />}
    </>
  );
}
