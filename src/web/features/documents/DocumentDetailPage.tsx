import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Delivery, Document } from '../../../contract/documents.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { useDownload } from '../transfer/useDownload.js';
import { AssignmentsCard } from './AssignmentsCard.js';
import { EDIT_PARAM, REPLY_PARAM } from './DocumentComposePage.js';
import { DocumentFilesCard } from './DocumentFilesCard.js';
import { DirectionTag, DocStatusTag } from './DocumentTags.js';
import { IncomingEditModal } from './IncomingEditModal.js';
import { IssueModal } from './IssueModal.js';
import { useDocument } from './useDocuments.js';

/** One document: its register entry, content, recipients and deliveries, files and assignments. */
export function DocumentDetailPage() {
  const { id = '' } = useParams();
  return <DocumentDetail key={id} id={id} />;
}

function DocumentDetail({ id }: { id: string }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const doc = useDocument(id);
  const { download, pending } = useDownload();
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);

  if (doc.isPending) return <PageSpin />;
  if (doc.isError) {
    return (
      <>
        <Link to={PATHS.documents}>{t('common.back')}</Link>
        <QueryError error={doc.error} onRetry={() => void doc.refetch()} />
      </>
    );
  }
  const d = doc.data;
  // Recipients read a document; only the register that holds it edits, issues, attaches and assigns.
  const canWrite = can('document:write') && d.heldByYourScope;
  const number = d.fullNumber ?? t('document.unnumbered');

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={PATHS.documents}>{t('nav.documents')}</Link>}
        title={`${d.docType} ${number}`}
        tags={
          <>
            <DirectionTag direction={d.direction} />
            <DocStatusTag status={d.status} />
          </>
        }
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={pending === 'docx'} onClick={() => void download('docx', `/api/documents/${d.id}/docx`, {}, 'van-ban.docx')}>
              {t('document.downloadDocx')}
            </Button>
            {canWrite && d.status !== 'issued' && (
              <Button onClick={() => (d.direction === 'outgoing' ? void navigate(`${PATHS.documentCompose}?${EDIT_PARAM}=${d.id}`) : setEditing(true))}>
                {t('common.edit')}
              </Button>
            )}
            {can('document:issue') && d.heldByYourScope && d.status === 'draft' && (
              <Button type="primary" onClick={() => setIssuing(true)}>
                {t('document.issue')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => void navigate(`${PATHS.documentCompose}?${REPLY_PARAM}=${d.id}`)}>{t('document.reply')}</Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <DocumentDescriptions document={d} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('document.body')} style={{ marginBottom: 16 }}>
            {d.body.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              d.body.map((s, i) => (
                <section key={i}>
                  {s.heading && <Typography.Title level={5}>{s.heading}</Typography.Title>}
                  {s.paragraphs.map((p, j) => (
                    <Typography.Paragraph key={j}>{p}</Typography.Paragraph>
                  ))}
                </section>
              ))
            )}
          </Card>
          <AssignmentsCard document={d} canWrite={canWrite} />
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('document.references')} style={{ marginBottom: 16 }}>
            {d.references.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {d.references.map((r) => {
                  const label = [r.kind, r.number, r.date ? formatDateVi(r.date) : null, r.issuer].filter(Boolean).join(' · ');
                  return <li key={r.number}>{r.resolvedDocumentId ? <Link to={PATHS.document(r.resolvedDocumentId)}>{label}</Link> : label}</li>;
                })}
              </ul>
            )}
          </Card>
          <Card size="small" title={t('document.recipients')} style={{ marginBottom: 16 }}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {d.recipients.map((r, i) => (
                <li key={i}>{r.name}</li>
              ))}
            </ul>
            {d.deliveries.length > 0 && <DeliveriesTable deliveries={d.deliveries} />}
          </Card>
          {d.distribution.length > 0 && (
            <Card size="small" title={t('document.distribution')} style={{ marginBottom: 16 }}>
              {d.distribution.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </Card>
          )}
          <DocumentFilesCard document={d} canWrite={canWrite} />
        </Col>
      </Row>
      {editing && <IncomingEditModal document={d} onClose={() => setEditing(false)} />}
      {issuing && <IssueModal document={d} onClose={() => setIssuing(false)} />}
    </>
  );
}

function DocumentDescriptions({ document: d }: { document: Document }) {
  const t = useT();
  const signer = d.signer ? [d.signer.authority, d.signer.onBehalfOf, d.signer.title, d.signer.name].filter(Boolean).join(' ') : '';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'number', label: t('document.number'), children: <strong>{d.fullNumber ?? t('document.unnumbered')}</strong> },
        { key: 'docType', label: t('document.docType'), children: d.docType },
        { key: 'issuedOn', label: t('document.issuedOn'), children: formatDateVi(d.issuedOn) },
        { key: 'issuer', label: t('document.issuer'), children: [d.parentIssuer, d.issuerName].filter(Boolean).join(' – ') },
        { key: 'place', label: t('document.place'), children: d.place ?? '' },
        { key: 'owner', label: t('document.owner'), children: <Link to={PATHS.unit(d.ownerUnitId)}>{d.ownerUnitName}</Link> },
        ...(d.draftingUnitName ? [{ key: 'drafting', label: t('document.draftingUnit'), children: d.draftingUnitName }] : []),
        ...(d.direction === 'incoming' ? [{ key: 'receivedOn', label: t('document.receivedOn'), children: formatDateVi(d.receivedOn) }] : []),
        { key: 'signer', label: t('document.signer'), children: signer },
        { key: 'subject', label: t('document.subject'), children: d.subject ?? '', span: 'filled' as const },
        ...(d.problems.length
          ? [
              {
                key: 'problems',
                label: t('document.problems'),
                span: 'filled' as const,
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {d.problems.map((p, i) => (
                      <li key={i}>{p.message}</li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function DeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  const t = useT();
  return (
    <Table<Delivery>
      style={{ marginTop: 12 }}
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={deliveries}
      columns={[
        { title: t('document.deliveryUnit'), key: 'unit', render: (_, x) => x.unitName },
        { title: t('document.deliveredAt'), key: 'at', render: (_, x) => formatDateTimeVi(x.deliveredAt) },
        {
          title: t('document.receivedAt'),
          key: 'received',
          render: (_, x) => (x.receivedAt ? <Tag color="green">{formatDateTimeVi(x.receivedAt)}</Tag> : <Tag>{t('document.notReceived')}</Tag>),
        },
      ]}
    />
  );
}
