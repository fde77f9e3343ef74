import { App, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Decision } from '../../../contract/decisions.js';
import { SIGNING_AUTHORITIES, type Signer } from '../../../contract/documents.js';
import type { NominationStatus } from '../../../contract/nominations.js';
import { formatDateVi } from '../../../core/dates.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { NominationPicker } from '../councils/NominationPicker.js';
import { useCouncilList, useNominationChoices, useSessionList } from '../councils/useCouncils.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { useDraftDecision } from './useDecisions.js';

interface Values {
  unitId: string | null;
  nominationIds: string[];
  sessionId?: string | null;
  draftingUnitId?: string | null;
  subject?: string;
  signer: { authority?: Signer['authority']; onBehalfOf?: string; title?: string; name?: string };
}

const APPROVED: readonly NominationStatus[] = ['approved'];
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Dự thảo quyết định: the approved nominations of the deciding unit become the awardees of a draft
 * Quyết định (its text is then edited on the documents page and issued from the decision page).
 */
export function DraftDecisionModal({ onClose, onSaved }: { onClose: () => void; onSaved: (decision: Decision) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const draft = useDraftDecision();
  const unitId = Form.useWatch('unitId', form) ?? user.scopeUnitId;
  const nominations = useNominationChoices(unitId, APPROVED);
  const councils = useCouncilList();
  const councilId = councils.data?.items.find((c) => c.unitId === unitId)?.id;
  const sessions = useSessionList({ councilId, status: 'closed' }, { enabled: Boolean(councilId) });

  const onFinish = (v: Values) => {
    const signer = { authority: v.signer.authority ?? null, onBehalfOf: blank(v.signer.onBehalfOf), title: blank(v.signer.title), name: blank(v.signer.name) };
    draft.mutate(
      {
        unitId: v.unitId!,
        nominationIds: v.nominationIds,
        sessionId: v.sessionId ?? null,
        draftingUnitId: v.draftingUnitId ?? null,
        subject: blank(v.subject),
        signer: Object.values(signer).some((x) => x !== null) ? signer : null,
      },
      {
        onSuccess: (decision) => {
          void message.success(t('decision.drafted', { count: decision.awardees.length }));
          onClose();
          onSaved(decision);
        },
        onError: (error) => saveError(error, form, onClose),
      },
    );
  };

  return (
    <FormModal open title={t('decision.draftTitle')} form={form} onClose={onClose} pending={draft.isPending} width={1000} okText={t('decision.draftSubmit')}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ unitId: user.scopeUnitId, nominationIds: [], sessionId: null, draftingUnitId: null, signer: { authority: 'KT.' } }}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t('decision.unit')} name="unitId" rules={[{ required: true, message: t('common.required') }]} extra={t('decision.unitHelp')}>
              <UnitSelect
                aria-label={t('decision.unit')}
                ancestorId={user.scopeUnitId}
                known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
                allowClear={false}
                onChange={() => form.setFieldsValue({ nominationIds: [], sessionId: null })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('decision.session')} name="sessionId" extra={t('decision.sessionHelp')}>
              <Select<string | null>
                allowClear
                aria-label={t('decision.session')}
                loading={sessions.isFetching}
                options={(councilId ? (sessions.data?.items ?? []) : []).map((s) => ({ value: s.id, label: `${s.title} (${formatDateVi(s.heldOn)})` }))}
                placeholder={councilId ? undefined : t('decision.noCouncil')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t('decision.nominations')}
          name="nominationIds"
          rules={[{ validator: (_, v: string[] | undefined) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('decision.nominationsRequired')))) }]}
        >
          <NominationPicker label={t('decision.nominations')} choices={nominations.data ?? []} loading={nominations.isFetching} error={nominations.error ?? undefined} />
        </Form.Item>
        <Form.Item label={t('decision.subject')} name="subject">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder={t('decision.subjectPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('decision.draftingUnit')} name="draftingUnitId">
          <UnitSelect aria-label={t('decision.draftingUnit')} ancestorId={user.scopeUnitId} placeholder={t('decision.draftingUnitPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('document.signer')} extra={t('decision.signerHelp')}>
          <Flex gap={8} wrap>
            <Form.Item name={['signer', 'authority']} noStyle>
              <Select
                aria-label={t('document.signerAuthority')}
                placeholder={t('document.signerAuthority')}
                allowClear
                options={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a }))}
                style={{ width: 120 }}
              />
            </Form.Item>
            <Form.Item name={['signer', 'onBehalfOf']} noStyle>
              <Input placeholder={t('document.signerOnBehalfOf')} aria-label={t('document.signerOnBehalfOf')} style={{ width: 200 }} maxLength={300} />
            </Form.Item>
            <Form.Item name={['signer', 'title']} noStyle>
              <Input placeholder={t('document.signerTitle')} aria-label={t('document.signerTitle')} style={{ width: 200 }} maxLength={300} />
            </Form.Item>
            <Form.Item name={['signer', 'name']} noStyle>
              <Input placeholder={t('document.signerName')} aria-label={t('document.signerName')} style={{ width: 220 }} maxLength={200} />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('decision.draftHint')}
        </Typography.Paragraph>
      </Form>
    </FormModal>
  );
}
