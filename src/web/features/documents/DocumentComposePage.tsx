import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  DOC_TYPES,
  SIGNING_AUTHORITIES,
  type CreateOutgoingDocumentBody,
  type DocType,
  type Document,
  type DocumentSummary,
  type ReferenceInput,
  type Signer,
} from '../../../contract/documents.js';

import { PATHS } from '../../app/paths.js';
import { useShowError, useSaveError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useGroupList } from '../groups/useGroups.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { DocumentSelect, useSeenDocuments } from './DocumentSelect.js';
import { paragraphsFromText, toReferenceInput } from './format.js';
import { useCreateDocument, useDocument, useUpdateDocument } from './useDocuments.js';

/** Query parameters: `?traloi=<id>` drafts a reply to a document, `?sua=<id>` edits a draft. */
export const REPLY_PARAM = 'traloi';
export const EDIT_PARAM = 'sua';

interface Values {
  docType: DocType;
  ownerUnitId: string | null;
  draftingUnitId: string | null;
  subject: string;
  recipientUnitIds: string[];
  recipientGroupIds: string[];
  recipientTexts: string[];
  referenceIds: string[];
  body: { heading?: string; paragraphs?: string }[];
  signer: { authority?: Signer['authority']; onBehalfOf?: string; title?: string; name?: string };
  distribution: string;
}

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/** Soạn văn bản: a new outgoing draft (optionally replying to a document), or edits one. */
export function DocumentComposePage() {
  const [params] = useSearchParams();
  const replyTo = useDocument(params.get(REPLY_PARAM) ?? undefined);
  const editing = useDocument(params.get(EDIT_PARAM) ?? undefined);
  const t = useT();
  for (const q of [replyTo, editing]) {
    if (q.fetchStatus !== 'idle' && q.isPending) return <PageSpin />;
    if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  }
  const key = editing.data ? `edit-${editing.data.id}-${editing.data.version}` : (replyTo.data?.id ?? 'new');
  return (
    <>
      <PageHeader
        title={editing.data ? t('document.editTitle') : replyTo.data ? t('document.reply') : t('document.composeTitle')}
        breadcrumb={<Link to={PATHS.documents}>{t('nav.documents')}</Link>}
      />
      <ComposeForm key={key} replyTo={replyTo.data} editing={editing.data} />
    </>
  );
}

function referencesOf(doc: Document | undefined): { ids: string[]; known: DocumentSummary[]; unresolved: ReferenceInput[] } {
  if (!doc) return { ids: [], known: [], unresolved: [] };
  const ids = doc.references.map((r) => r.resolvedDocumentId).filter((id): id is string => Boolean(id));
  return { ids, known: [], unresolved: doc.references.filter((r) => !r.resolvedDocumentId).map(toReferenceInput) };
}

function ComposeForm({ replyTo, editing }: { replyTo?: Document; editing?: Document }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const saveError = useSaveError();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument();
  const update = useUpdateDocument(editing?.id ?? '');
  const registry = useSeenDocuments().current;
  const groups = useGroupList({ year: new Date().getFullYear() });
  const existing = referencesOf(editing);

  const known: UnitOption[] = [
    { id: user.scopeUnitId, name: user.scopeUnitName },
    { id: user.unitId, name: user.unitName },
  ];
  if (editing?.draftingUnitId && editing.draftingUnitName) known.push({ id: editing.draftingUnitId, name: editing.draftingUnitName });
  if (editing) known.push({ id: editing.ownerUnitId, name: editing.ownerUnitName });
  if (replyTo) known.push({ id: replyTo.ownerUnitId, name: replyTo.ownerUnitName });
  editing?.recipients.forEach((r) => r.unitId && known.push({ id: r.unitId, name: r.name }));

  const initialValues: Values = editing
    ? {
        docType: editing.docType,
        ownerUnitId: editing.ownerUnitId,
        draftingUnitId: editing.draftingUnitId,
        subject: editing.subject ?? '',
        recipientUnitIds: editing.recipients.flatMap((r) => (r.unitId ? [r.unitId] : [])),
        recipientGroupIds: editing.recipients.flatMap((r) => (r.groupId ? [r.groupId] : [])),
        recipientTexts: editing.recipients.flatMap((r) => (r.text ? [r.text] : [])),
        referenceIds: existing.ids,
        body: editing.body.map((s) => ({ heading: s.heading ?? '', paragraphs: s.paragraphs.join('\n') })),
        signer: {
          authority: editing.signer?.authority ?? undefined,
          onBehalfOf: editing.signer?.onBehalfOf ?? undefined,
          title: editing.signer?.title ?? undefined,
          name: editing.signer?.name ?? undefined,
        },
        distribution: editing.distribution.join('\n'),
      }
    : {
        docType: 'Công văn',
        // A reply goes out from the register that received the document.
        ownerUnitId: replyTo?.ownerUnitId ?? user.scopeUnitId,
        draftingUnitId: user.unitId,
        subject: replyTo ? t('document.replySubject', { ref: replyReference(replyTo) }) : '',
        recipientUnitIds: [],
        recipientGroupIds: [],
        recipientTexts: replyTo?.issuerName ? [replyTo.issuerName] : [],
        referenceIds: replyTo?.fullNumber ? [replyTo.id] : [],
        body: [{ heading: '', paragraphs: '' }],
        signer: {},
        distribution: 'Như trên;\nLưu: VT.',
      };
  if (replyTo) registry.set(replyTo.id, replyTo);
  if (editing) {
    // Cited documents that resolved: their labels come from the citation itself.
    editing.references.forEach((r) => {
      if (r.resolvedDocumentId && !registry.has(r.resolvedDocumentId)) {
        registry.set(r.resolvedDocumentId, {
          id: r.resolvedDocumentId,
          fullNumber: r.number,
          issuedOn: r.date,
          docType: (DOC_TYPES as readonly string[]).includes(r.kind ?? '') ? (r.kind as DocType) : 'Công văn',
          subject: r.issuer,
        } as DocumentSummary);
      }
    });
  }

  const toBody = (v: Values) => {
    const signer = { authority: v.signer.authority ?? null, onBehalfOf: blank(v.signer.onBehalfOf), title: blank(v.signer.title), name: blank(v.signer.name) };
    const references: ReferenceInput[] = [
      ...v.referenceIds.flatMap((id) => {
        const d = registry.get(id);
        return d?.fullNumber ? [{ number: d.fullNumber, date: d.issuedOn, kind: d.docType, issuer: d.issuerName ?? null }] : [];
      }),
      ...existing.unresolved,
    ];
    return {
      docType: v.docType,
      subject: blank(v.subject),
      recipients: [
        ...v.recipientUnitIds.map((unitId) => ({ unitId })),
        ...v.recipientGroupIds.map((groupId) => ({ groupId })),
        ...v.recipientTexts.map((s) => s.trim()).filter(Boolean).map((text) => ({ text })),
      ],
      references,
      body: v.body
        .map((s) => ({ heading: blank(s.heading), paragraphs: paragraphsFromText(s.paragraphs) }))
        .filter((s) => s.heading || s.paragraphs.length),
      signer: Object.values(signer).some((x) => x !== null) ? signer : null,
      distribution: v.distribution.split('\n').map((l) => l.trim()).filter(Boolean),
    };
  };

  const onFinish = (v: Values) => {
    const fields = toBody(v);
    if (!fields.recipients.length) {
      form.setFields([{ name: 'recipientUnitIds', errors: [t('document.recipientsRequired')] }]);
      return;
    }
    if (editing) {
      update.mutate(
        { ...fields, draftingUnitId: v.draftingUnitId, version: editing.version },
        {
          onSuccess: (saved) => {
            void message.success(t('document.updated'));
            void navigate(PATHS.document(saved.id));
          },
          onError: (error: unknown) => saveError(error, form),
        },
      );
      return;
    }
    const body: CreateOutgoingDocumentBody = { direction: 'outgoing', ownerUnitId: v.ownerUnitId!, draftingUnitId: v.draftingUnitId, ...fields };
    create.mutate(body, {
      onSuccess: (doc) => {
        void message.success(t('document.created'));
        void navigate(PATHS.document(doc.id));
      },
      onError: (error) => showError(error, form),
    });
  };

  return (
    <Card size="small">
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} style={{ maxWidth: 980 }}>
        <ComposeFields form={form} known={known} registry={registry} groups={groups.data?.items ?? []} editing={Boolean(editing)} knownDocs={replyTo ? [replyTo] : []} />
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function replyReference(d: Document): string {
  return d.fullNumber ? `${d.docType} số ${d.fullNumber}` : `${d.docType} “${d.subject ?? ''}”`;
}

interface ComposeFieldsProps {
  form: FormInstance<Values>;
  known: UnitOption[];
  registry: Map<string, DocumentSummary>;
  groups: { id: string; name: string }[];
  editing: boolean;
  knownDocs: DocumentSummary[];
}

function ComposeFields({ known, registry, groups, editing, knownDocs }: ComposeFieldsProps) {
  const t = useT();
  const { user } = useSession();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item label={t('document.docType')} name="docType" rules={[{ required: true, message: t('common.required') }]} style={{ width: 200 }}>
          <Select<DocType> showSearch={{ filterOption: filterOptionFolded }} options={DOC_TYPES.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item label={t('document.issuerUnit')} name="ownerUnitId" rules={[{ required: true, message: t('common.required') }]} style={{ flex: 1, minWidth: 260 }}>
          <UnitSelect known={known} ancestorId={user.scopeUnitId} allowClear={false} disabled={editing} aria-label={t('document.issuerUnit')} />
        </Form.Item>
        <Form.Item label={t('document.draftingUnit')} name="draftingUnitId" style={{ flex: 1, minWidth: 260 }}>
          <UnitSelect known={known} ancestorId={user.scopeUnitId} aria-label={t('document.draftingUnit')} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('document.subject')} name="subject" rules={required}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
      </Form.Item>

      <Card size="small" type="inner" title={t('document.recipients')} style={{ marginBottom: 16 }}>
        <Form.Item label={t('document.recipientUnits')} name="recipientUnitIds">
          <UnitSelect multiple known={known} ancestorId={user.scopeUnitId} aria-label={t('document.recipientUnits')} />
        </Form.Item>
        <Form.Item label={t('document.recipientGroups')} name="recipientGroupIds">
          <Select<string[]>
            mode="multiple"
            aria-label={t('document.recipientGroups')}
            showSearch={{ filterOption: filterOptionFolded }}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
        <Form.Item label={t('document.recipientTexts')} name="recipientTexts" extra={t('document.recipientTextsHint')} style={{ marginBottom: 0 }}>
          <Select<string[]> mode="tags" aria-label={t('document.recipientTexts')} open={false} suffixIcon={null} />
        </Form.Item>
      </Card>

      <Form.Item label={t('document.referencesPick')} name="referenceIds">
        <DocumentSelect registry={registry} known={knownDocs} aria-label={t('document.referencesPick')} />
      </Form.Item>

      <Form.Item label={t('document.body')}>
        <Form.List name="body">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={`${t('document.body')} ${i + 1}`}
                  extra={
                    <Button size="small" type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                      {t('document.sectionRemove')}
                    </Button>
                  }
                >
                  <Form.Item name={[field.name, 'heading']} label={t('document.sectionHeading')}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'paragraphs']} label={t('document.sectionParagraphs')} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ heading: '', paragraphs: '' })} style={{ alignSelf: 'flex-start' }}>
                {t('document.sectionAdd')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>

      <Form.Item label={t('document.signer')} required>
        <Flex gap={8} wrap>
          <Form.Item name={['signer', 'authority']} noStyle>
            <Select aria-label={t('document.signerAuthority')} placeholder={t('document.signerAuthority')} allowClear options={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a }))} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name={['signer', 'onBehalfOf']} noStyle>
            <Input placeholder={t('document.signerOnBehalfOf')} aria-label={t('document.signerOnBehalfOf')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name={['signer', 'title']} noStyle rules={required}>
            <Input placeholder={t('document.signerTitle')} aria-label={t('document.signerTitle')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name={['signer', 'name']} noStyle rules={required}>
            <Input placeholder={t('document.signerName')} aria-label={t('document.signerName')} style={{ width: 220 }} />
          </Form.Item>
        </Flex>
      </Form.Item>

      <Form.Item label={t('document.distribution')} name="distribution" extra={t('document.distributionHint')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </>
  );
}
