import { App, Form, Input, InputNumber, Radio, Select } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import type { Group, GroupKind } from '../../../contract/groups.js';
import { useSaveError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { useUnitList } from '../units/useUnits.js';
import { useCreateGroup, useUpdateGroup } from './useGroups.js';

interface Values {
  name: string;
  kind: GroupKind;
  year: number;
  organiserUnitId: string | null;
  memberUnitIds: string[];
  headUnitId?: string | null;
  deputyUnitId?: string | null;
  note?: string;
}

interface GroupFormModalProps {
  open: boolean;
  onClose: () => void;
  group?: Group;
  defaultYear: number;
  defaultOrganiser: UnitOption;
}

/** Adds or edits a cluster/block: members come from the organiser's subtree; head and deputy from the members. */
export function GroupFormModal({ open, onClose, group, defaultYear, defaultOrganiser }: GroupFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');

  // useWatch answers undefined until the form mounts; a cleared field is null and stays cleared.
  const watchedOrganiser = Form.useWatch('organiserUnitId', form);
  const organiserUnitId = watchedOrganiser === undefined ? (group?.organiserUnitId ?? defaultOrganiser.id) : watchedOrganiser;
  const memberUnitIds = Form.useWatch('memberUnitIds', form) ?? [];
  const kind = Form.useWatch('kind', form) ?? group?.kind ?? 'cluster';

  // Closed units stay listed (disabled) so a past year's members keep their names.
  const candidates = useUnitList({ ancestorId: organiserUnitId ?? undefined, status: 'all', limit: 1000 }, { enabled: Boolean(organiserUnitId) });
  const memberOptions = (candidates.data?.items ?? [])
    .filter((u) => u.id !== organiserUnitId)
    .map((u) => ({
      value: u.id,
      label: u.status === 'closed' ? `${u.name} (${t('unit.status.closed')})` : u.name,
      disabled: u.status === 'closed' && !memberUnitIds.includes(u.id),
    }));
  group?.members.forEach((m) => {
    if (!memberOptions.some((o) => o.value === m.unitId)) memberOptions.push({ value: m.unitId, label: m.unitName, disabled: false });
  });
  const chosen = memberOptions.filter((o) => memberUnitIds.includes(o.value));

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if ('organiserUnitId' in changed) form.setFieldsValue({ memberUnitIds: [], headUnitId: null, deputyUnitId: null });
    if ('memberUnitIds' in changed) {
      const members = all.memberUnitIds ?? [];
      if (all.headUnitId && !members.includes(all.headUnitId)) form.setFieldValue('headUnitId', null);
      if (all.deputyUnitId && !members.includes(all.deputyUnitId)) form.setFieldValue('deputyUnitId', null);
    }
  };

  const onFinish = (values: Values) => {
    const body = {
      name: values.name,
      kind: values.kind,
      year: values.year,
      organiserUnitId: values.organiserUnitId!,
      memberUnitIds: values.memberUnitIds ?? [],
      headUnitId: values.headUnitId ?? null,
      deputyUnitId: values.deputyUnitId ?? null,
      note: values.note?.trim() || null,
    };
    const onSuccess = (saved: Group) => {
      void message.success(`${t('common.saved')}: ${saved.name}`);
      onClose();
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    if (group) update.mutate({ ...body, version: group.version }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <FormModal open={open} title={group ? t('group.editTitle', { name: group.name }) : t('group.createTitle')} form={form} onClose={onClose} pending={create.isPending || update.isPending} width={720}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={
          group
            ? {
                name: group.name,
                kind: group.kind,
                year: group.year,
                organiserUnitId: group.organiserUnitId,
                memberUnitIds: group.members.map((m) => m.unitId),
                headUnitId: group.headUnitId,
                deputyUnitId: group.deputyUnitId,
                note: group.note ?? undefined,
              }
            : { kind: 'cluster', year: defaultYear, organiserUnitId: defaultOrganiser.id, memberUnitIds: [] }
        }
      >
        <Form.Item label={t('group.name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('group.kind')} name="kind" rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group
            options={[
              { value: 'cluster', label: t('groupKind.cluster') },
              { value: 'block', label: t('groupKind.block') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('group.year')} name="year" rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={1945} max={2100} precision={0} />
        </Form.Item>
        <Form.Item label={t('group.organiser')} name="organiserUnitId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect status="all" known={[defaultOrganiser, ...(group ? [{ id: group.organiserUnitId, name: group.organiserName }] : [])]} />
        </Form.Item>
        <Form.Item label={t('group.members')} name="memberUnitIds">
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={candidates.isFetching}
            placeholder={organiserUnitId ? t('group.membersPlaceholder') : t('group.chooseOrganiserFirst')}
            options={memberOptions}
            showSearch={{ filterOption: filterOptionFolded }}
          />
        </Form.Item>
        <Form.Item label={t(`group.head.${kind}`)} name="headUnitId">
          <Select<string | null> allowClear placeholder={t('group.headPlaceholder')} options={chosen} showSearch={{ filterOption: filterOptionFolded }} />
        </Form.Item>
        <Form.Item
          label={t(`group.deputy.${kind}`)}
          name="deputyUnitId"
          dependencies={['headUnitId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value === getFieldValue('headUnitId') ? Promise.reject(new Error(t('group.headDeputySame'))) : Promise.resolve(),
            }),
          ]}
        >
          <Select<string | null> allowClear placeholder={t('group.headPlaceholder')} options={chosen} showSearch={{ filterOption: filterOptionFolded }} />
        </Form.Item>
        <Form.Item label={t('group.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
