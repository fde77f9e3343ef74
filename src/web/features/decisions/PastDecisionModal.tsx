import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AwardCode } from '../../../contract/awards.js';
import type { Decision } from '../../../contract/decisions.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, toIsoDate, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { PersonSelect } from './PersonSelect.js';
import { useRecordPastDecision } from './useDecisions.js';

interface AwardeeRow {
  kind: 'person' | 'collective';
  personId?: string | null;
  unitId?: string | null;
  awardCode?: AwardCode;
  achievement?: string;
}

interface Values {
  unitId: string | null;
  numberText: string;
  issuedOn: Dayjs;
  issuer: string;
  year: number;
  awardees: AwardeeRow[];
}

/**
 * Nhập quyết định cũ: a paper decision and its awardees in one step, so the award history (and
 * the eligibility it feeds) starts from what the office already has. No document, no fund entry.
 */
export function PastDecisionModal({ onClose, onSaved }: { onClose: () => void; onSaved: (decision: Decision) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const record = useRecordPastDecision();
  const awards = useAwardCatalogue();
  const unitId = Form.useWatch('unitId', form) ?? user.scopeUnitId;
  const required: FormRule[] = [{ required: true, message: t('common.required') }];

  const onFinish = (v: Values) =>
    record.mutate(
      {
        unitId: v.unitId!,
        numberText: v.numberText.trim(),
        issuedOn: toIsoDate(v.issuedOn)!,
        issuer: v.issuer.trim(),
        year: v.year,
        awardees: v.awardees.map((a) => ({
          personId: a.kind === 'person' ? (a.personId ?? null) : null,
          unitId: a.kind === 'collective' ? (a.unitId ?? null) : null,
          awardCode: a.awardCode!,
          achievement: a.achievement?.trim() || null,
        })),
      },
      {
        onSuccess: (decision) => {
          void message.success(t('decision.pastSaved', { count: decision.awardees.length }));
          onClose();
          onSaved(decision);
        },
        onError: (error) => saveError(error, form, onClose),
      },
    );

  return (
    <FormModal open title={t('decision.pastTitle')} form={form} onClose={onClose} pending={record.isPending} width={1000}>
      <Typography.Paragraph type="secondary">{t('decision.pastHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ unitId: user.scopeUnitId, issuedOn: todayValue(), year: todayValue().year() - 1, awardees: [{ kind: 'person' }] }}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t('decision.pastUnit')} name="unitId" rules={required} extra={t('decision.pastUnitHelp')}>
              <UnitSelect aria-label={t('decision.pastUnit')} ancestorId={user.scopeUnitId} known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('decision.issuer')} name="issuer" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={300} placeholder={t('decision.issuerPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item label={t('decision.number')} name="numberText" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={100} placeholder="1234/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item label={t('decision.issuedOn')} name="issuedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} aria-label={t('decision.issuedOn')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item label={t('decision.achievementYear')} name="year" rules={required}>
              <InputNumber min={1945} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('decision.awardees')} required>
          <Form.List name="awardees" rules={[{ validator: (_, rows: unknown[] | undefined) => (rows?.length ? Promise.resolve() : Promise.reject(new Error(t('decision.awardeesRequired')))) }]}>
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 0 }}>
                      <Radio.Group
                        aria-label={t('decision.awardeeKind', { n: index + 1 })}
                        optionType="button"
                        options={[
                          { value: 'person', label: t('award.nominee.person') },
                          { value: 'collective', label: t('award.nominee.collective') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.awardees?.[index]?.kind !== b.awardees?.[index]?.kind}>
                      {() =>
                        form.getFieldValue(['awardees', field.name, 'kind']) === 'collective' ? (
                          <Form.Item name={[field.name, 'unitId']} rules={required} style={{ marginBottom: 0, width: 280 }}>
                            {/* Old decisions often name collectives merged or closed since. */}
                            <UnitSelect aria-label={t('decision.awardeeUnit', { n: index + 1 })} ancestorId={unitId} status="all" />
                          </Form.Item>
                        ) : (
                          <Form.Item name={[field.name, 'personId']} rules={required} style={{ marginBottom: 0, width: 280 }}>
                            <PersonSelect aria-label={t('decision.awardeePerson', { n: index + 1 })} unitId={unitId} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Form.Item name={[field.name, 'awardCode']} rules={required} style={{ marginBottom: 0, width: 260 }}>
                      <Select<AwardCode>
                        aria-label={t('decision.awardeeAward', { n: index + 1 })}
                        placeholder={t('award.award')}
                        loading={awards.isPending}
                        options={awardOptions(awards.data?.items ?? [], t)}
                        showSearch={{ filterOption: filterOptionFolded }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'achievement']} style={{ marginBottom: 0, flex: 1, minWidth: 200 }}>
                      <Input aria-label={t('decision.awardeeAchievement', { n: index + 1 })} placeholder={t('decision.achievement')} maxLength={2000} />
                    </Form.Item>
                    <Button type="text" aria-label={t('award.removeRow', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })} style={{ alignSelf: 'flex-start' }}>
                  {t('decision.addAwardee')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
