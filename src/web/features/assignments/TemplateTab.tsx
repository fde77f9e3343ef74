import { App, Alert, Button, Checkbox, DatePicker, Divider, Flex, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { Assignment } from '../../../contract/documents.js';
import { useSaveError } from '../../app/useShowError.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { sortIndicators, toFormValues, toUpdateBody, type TemplateValues } from './template-form.js';
import { TemplateRulesField } from './TemplateRulesField.js';
import { TemplateSectionsField } from './TemplateSectionsField.js';
import { useMovement, useMovementList, useUpdateAssignment } from './useAssignments.js';

/** Mẫu báo cáo: what units must report (indicators, narrative sections, files, rules) and by when. */
export function TemplateTab({ assignment }: { assignment: Assignment }) {
  // A new version (saved here, or by someone else after a 409) remounts the form with what is stored.
  return <TemplateForm key={assignment.version} assignment={assignment} />;
}

function TemplateForm({ assignment: a }: { assignment: Assignment }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<TemplateValues>();
  const update = useUpdateAssignment(a.id);
  const movements = useMovementList();
  const watched = Form.useWatch('movementId', form);
  // undefined until the form has mounted; null once the movement is cleared.
  const movementId = watched === undefined ? a.movementId : watched;
  const movement = useMovement(movementId);
  const indicators = sortIndicators(movement.data?.indicators ?? []);
  // Saving before the indicators arrive would send an empty checklist.
  const indicatorsLoading = Boolean(movementId) && movement.isPending;

  const onFinish = (v: TemplateValues) =>
    update.mutate(toUpdateBody(v, indicators, a.version), {
      onSuccess: () => void message.success(t('common.saved')),
      onError: (error) => saveError(error, form),
    });

  return (
    <Form<TemplateValues>
      form={form}
      layout="vertical"
      initialValues={toFormValues(a)}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<TemplateValues>) => {
        // Another movement's indicators and rules mean nothing here.
        if ('movementId' in changed) form.setFieldsValue({ indicatorIds: [], rules: [] });
      }}
      style={{ maxWidth: 1100 }}
    >
      <Form.Item label={t('assignment.template.title')} name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item label={t('assignment.movement')} name="movementId" normalize={(v: string | undefined) => v ?? null} style={{ flex: 1, minWidth: 280 }}>
          <Select
            allowClear
            loading={movements.isPending}
            showSearch={{ filterOption: filterOptionFolded }}
            placeholder={t('assignment.noMovement')}
            options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
        <Form.Item label={t('assignment.period')} name="period" extra={t('assignment.periodHint')} style={{ width: 200 }}>
          <Input maxLength={40} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item label={t('assignment.dueOn')} name="dueOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          label={t('assignment.lockOn')}
          name="lockOn"
          dependencies={['dueOn']}
          extra={t('assignment.lockOnHint')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, lockOn: TemplateValues['lockOn']) => {
                const dueOn = getFieldValue('dueOn') as TemplateValues['dueOn'];
                return lockOn && dueOn && lockOn.isBefore(dueOn, 'day') ? Promise.reject(new Error(t('assignment.lockBeforeDue'))) : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('assignment.remindDaysBefore')} name="remindDaysBefore" extra={t('assignment.remindHint')}>
          <InputNumber min={0} max={60} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Flex>

      <Divider titlePlacement="start">{t('assignment.template.indicators')}</Divider>
      {movement.isError && <QueryError error={movement.error} onRetry={() => void movement.refetch()} />}
      {!movementId ? (
        <Alert type="info" showIcon title={t('assignment.template.chooseMovement')} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <Flex gap={8} style={{ marginBottom: 8 }}>
            <Button size="small" onClick={() => form.setFieldValue('indicatorIds', indicators.map((i) => i.id))}>
              {t('assignment.template.selectAll')}
            </Button>
            <Button size="small" onClick={() => form.setFieldValue('indicatorIds', [])}>
              {t('assignment.template.selectNone')}
            </Button>
          </Flex>
          <Form.Item name="indicatorIds">
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {indicators.map((i) => (
                <Checkbox key={i.id} value={i.id}>
                  <strong>{i.code}</strong> {i.name}
                  {i.unitOfMeasure && <Typography.Text type="secondary"> ({i.unitOfMeasure})</Typography.Text>}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
          {!indicatorsLoading && indicators.length === 0 && <Typography.Text type="secondary">{t('assignment.template.noIndicators')}</Typography.Text>}
        </>
      )}

      <Divider titlePlacement="start">{t('assignment.template.sections')}</Divider>
      <TemplateSectionsField />

      <Divider titlePlacement="start">{t('assignment.template.other')}</Divider>
      <Flex gap={32} wrap>
        <Form.Item name="attachmentsRequired" valuePropName="checked" label={t('assignment.template.attachmentsRequired')}>
          <Switch />
        </Form.Item>
        <Form.Item name="exemplaryList" valuePropName="checked" label={t('assignment.template.exemplaryList')}>
          <Switch />
        </Form.Item>
      </Flex>

      <Divider titlePlacement="start">{t('assignment.template.rules')}</Divider>
      <Typography.Paragraph type="secondary">{t('assignment.template.rulesHint')}</Typography.Paragraph>
      <TemplateRulesField indicators={indicators} />

      <Flex gap={8} style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={indicatorsLoading}>
          {t('assignment.template.save')}
        </Button>
        <Button onClick={() => form.resetFields()}>{t('assignment.template.reset')}</Button>
      </Flex>
    </Form>
  );
}
