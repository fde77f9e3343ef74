import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, Radio, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { MOVEMENT_PHASES, type CreateMovementBody, type Movement, type MovementKind, type MovementPhase } from '../../../contract/reporting.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useGroupList } from '../groups/useGroups.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { BasisDocumentSelect } from './BasisDocumentSelect.js';
import { kindLabel, MOVEMENT_KINDS, phaseLabel } from './format.js';
import { useCreateMovement, useMovementList, useUpdateMovement } from './useMovements.js';

interface PhaseValues {
  phase?: MovementPhase;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

interface Values {
  name: string;
  kind: MovementKind;
  ownerUnitId: string | null;
  parentMovementId?: string | null;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  description?: string;
  phases?: PhaseValues[];
  basisDocumentIds?: string[];
  scopeUnitIds?: string[];
  scopeGroupIds?: string[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** The movement to edit; none to launch a new one. */
  movement?: Movement;
  onSaved?: (movement: Movement) => void;
}

/** Launches or edits a movement: owner, period and phases, basis documents, the units and Cụm/Khối it addresses. */
export function MovementFormModal({ open, onClose, movement, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateMovement();
  const update = useUpdateMovement(movement?.id ?? '');
  const parents = useMovementList({});
  const groups = useGroupList({});

  const parentOptions = (parents.data?.items ?? []).filter((m) => m.id !== movement?.id).map((m) => ({ value: m.id, label: m.name }));
  if (movement?.parentMovementId && !parentOptions.some((o) => o.value === movement.parentMovementId)) {
    parentOptions.push({ value: movement.parentMovementId, label: movement.parentMovementName ?? movement.parentMovementId });
  }
  const groupOptions = (groups.data?.items ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.year})` }));
  movement?.scopeGroups.forEach((g) => {
    if (!groupOptions.some((o) => o.value === g.groupId)) groupOptions.push({ value: g.groupId, label: g.groupName });
  });

  const onFinish = (values: Values) => {
    const body: CreateMovementBody = {
      name: values.name,
      kind: values.kind,
      ownerUnitId: values.ownerUnitId!,
      parentMovementId: values.parentMovementId ?? null,
      startsOn: toIsoDate(values.startsOn)!,
      endsOn: toIsoDate(values.endsOn),
      description: values.description?.trim() || null,
      phases: (values.phases ?? [])
        .filter((p): p is PhaseValues & { phase: MovementPhase } => Boolean(p?.phase))
        .map((p) => ({ phase: p.phase, startsOn: toIsoDate(p.startsOn), endsOn: toIsoDate(p.endsOn) })),
      basisDocumentIds: values.basisDocumentIds ?? [],
      scopeUnitIds: values.scopeUnitIds ?? [],
      scopeGroupIds: values.scopeGroupIds ?? [],
    };
    const onSuccess = (saved: Movement) => {
      void message.success(`${t('common.saved')}: ${saved.name}`);
      onClose();
      onSaved?.(saved);
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    if (movement) update.mutate({ ...body, version: movement.version }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  const initialValues: Partial<Values> = movement
    ? {
        name: movement.name,
        kind: movement.kind,
        ownerUnitId: movement.ownerUnitId,
        parentMovementId: movement.parentMovementId,
        startsOn: fromIsoDate(movement.startsOn),
        endsOn: fromIsoDate(movement.endsOn) ?? null,
        description: movement.description ?? undefined,
        phases: movement.phases.map((p) => ({ phase: p.phase, startsOn: fromIsoDate(p.startsOn) ?? null, endsOn: fromIsoDate(p.endsOn) ?? null })),
        basisDocumentIds: movement.basisDocuments.map((d) => d.documentId),
        scopeUnitIds: movement.scopeUnits.map((u) => u.unitId),
        scopeGroupIds: movement.scopeGroups.map((g) => g.groupId),
      }
    : { kind: 'regular', ownerUnitId: user.scopeUnitId, startsOn: todayValue(), phases: [], basisDocumentIds: [], scopeUnitIds: [], scopeGroupIds: [] };

  return (
    <FormModal
      open={open}
      title={movement ? t('movement.editTitle', { name: movement.name }) : t('movement.createTitle')}
      form={form}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      width={820}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        <Form.Item label={t('movement.name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('movement.kind')} name="kind" rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group options={MOVEMENT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t('movement.owner')} name="ownerUnitId" rules={[{ required: true, message: t('common.required') }]}>
              <UnitSelect
                known={[{ id: user.scopeUnitId, name: user.scopeUnitName }, ...(movement ? [{ id: movement.ownerUnitId, name: movement.ownerUnitName }] : [])]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('movement.parent')} name="parentMovementId">
              <Select<string | null> allowClear placeholder={t('movement.parentPlaceholder')} options={parentOptions} showSearch={{ filterOption: filterOptionFolded }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label={t('movement.startsOn')} name="startsOn" rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              label={t('movement.endsOn')}
              name="endsOn"
              dependencies={['startsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null | undefined) => {
                    const start = getFieldValue('startsOn') as Dayjs | undefined;
                    return value && start && value.isBefore(start, 'day') ? Promise.reject(new Error(t('movement.endsBeforeStart'))) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('movement.description')} name="description">
          <Input.TextArea rows={3} maxLength={10_000} />
        </Form.Item>
        <Form.Item label={t('movement.phases')}>
          <Form.List name="phases">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={[field.name, 'phase']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                      <Select<MovementPhase>
                        aria-label={t('movement.phase')}
                        options={MOVEMENT_PHASES.map((p) => ({ value: p, label: phaseLabel(t, p) }))}
                        style={{ width: 170 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'startsOn']} style={{ marginBottom: 0 }}>
                      <DatePicker format={DATE_FORMAT} placeholder={t('movement.startsOn')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'endsOn']} style={{ marginBottom: 0 }}>
                      <DatePicker format={DATE_FORMAT} placeholder={t('movement.endsOn')} />
                    </Form.Item>
                    <Button type="text" aria-label={t('common.delete')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                {fields.length < MOVEMENT_PHASES.length && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('movement.addPhase')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={t('movement.basisDocuments')} name="basisDocumentIds">
          <BasisDocumentSelect known={movement?.basisDocuments} />
        </Form.Item>
        <Form.Item label={t('movement.scopeUnits')} name="scopeUnitIds" extra={t('movement.scopeHelp')}>
          <UnitSelect multiple known={movement?.scopeUnits.map((u) => ({ id: u.unitId, name: u.unitName }))} placeholder={t('movement.scopeUnitsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('movement.scopeGroups')} name="scopeGroupIds">
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={groups.isFetching}
            placeholder={t('movement.scopeGroupsPlaceholder')}
            options={groupOptions}
            showSearch={{ filterOption: filterOptionFolded }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
