import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { AWARD_CATEGORIES, type Award } from '../../../contract/awards.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { useSaveLocalAward } from '../awards/useAwards.js';
import { bodyOf, NEW_LOCAL_AWARD, normaliseCode, valuesOf, type LocalAwardValues } from './local-award-form.js';

type Values = Omit<LocalAwardValues, 'validFrom' | 'validTo'> & { validFrom: Dayjs | null; validTo: Dayjs | null };

const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV'] as const;
const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
const NOMINEES = ['person', 'collective', 'household', 'village'] as const;

/** Adds a level's own title or form, or edits one (the code stays; an end date retires it). */
export function LocalAwardModal({ unitId, award, catalogue, onClose }: { unitId: string; award: Award | null; catalogue: Award[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const save = useSaveLocalAward();
  const [form] = Form.useForm<Values>();
  const required: FormRule[] = [{ required: true, message: t('common.required') }];
  const start = award ? valuesOf(award) : NEW_LOCAL_AWARD;
  const initial = { ...start, validFrom: fromIsoDate(start.validFrom) ?? null, validTo: fromIsoDate(start.validTo) ?? null };

  const onFinish = (v: Values) => {
    const body = bodyOf({ ...v, validFrom: toIsoDate(v.validFrom)!, validTo: toIsoDate(v.validTo) }, unitId);
    const request = award
      ? { code: award.code, create: false as const, body: { ...body, ownerUnitId: undefined, code: undefined, version: award.local!.version } }
      : { code: body.code, create: true as const, body };
    save.mutate(request, {
      onSuccess: (saved) => {
        void message.success(t('localAward.saved', { name: saved.name }));
        onClose();
      },
      onError: (error) => saveError(error, form, onClose),
    });
  };

  return (
    <FormModal open title={award ? t('localAward.editTitle') : t('localAward.addTitle')} form={form} onClose={onClose} pending={save.isPending} width={860}>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} name="local-award">
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={t('localAward.name')} rules={required}>
              <Input
                maxLength={200}
                onBlur={(e) => {
                  if (!award && !form.getFieldValue('code')) form.setFieldValue('code', normaliseCode(e.target.value));
                }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="code" label={t('localAward.code')} rules={required} extra={t('localAward.codeHint')} normalize={(v: string) => v.toUpperCase()}>
              <Input disabled={award !== null} maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={t('localAward.kind')} rules={required}>
              <Select options={(['title', 'form'] as const).map((k) => ({ value: k, label: t(`award.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nominee" label={t('award.col.nominee')} rules={required}>
              <Select mode="multiple" options={NOMINEES.map((k) => ({ value: k, label: t(`award.nominee.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label={t('award.col.level')} rules={required}>
              <Select options={(['grassroots', 'province'] as const).map((k) => ({ value: k, label: t(`award.level.${k}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="category" label={t('localAward.category')} rules={required}>
              <Select options={AWARD_CATEGORIES.map((c) => ({ value: c, label: t(`localAward.category.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cashMultiple" label={t('localAward.cashMultiple')} extra={t('localAward.cashHint')}>
              <InputNumber min={0} max={100} step={0.1} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="authority" label={t('localAward.authority')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="legalBasis" label={t('award.col.basis')} rules={required}>
          <Input maxLength={300} placeholder={t('localAward.basisPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="validFrom" label={t('localAward.validFrom')} rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="validTo" label={t('localAward.validTo')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('localAward.criteria')}</Typography.Title>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="minRating" label={t('localAward.minRating')} rules={required}>
              <Select options={RATINGS.map((r) => ({ value: r, label: t(`award.rating.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ratingYears" label={t('localAward.ratingYears')} rules={required}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="initiativeScope" label={t('localAward.initiative')}>
              <Select allowClear options={SCOPES.map((s) => ({ value: s, label: t(`award.scope.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="chainCode" label={t('localAward.chainCode')}>
              <Select allowClear options={awardOptions(catalogue.filter((a) => a.code !== award?.code), t)} showSearch={{ filterOption: filterOptionFolded }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="chainYears" label={t('localAward.chainYears')}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
