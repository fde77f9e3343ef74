import { App, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { UNIT_KINDS, type CreateUnitBody, type Unit, type UnitKind, type UpdateUnitBody } from '../../../contract/units.js';
import { PATHS } from '../../app/paths.js';
import { useShowError, useSaveError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { UnitSelect, type UnitOption } from './UnitSelect.js';
import { useCreateUnit, useUpdateUnit } from './useUnits.js';

interface Values {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId: string | null;
  validFrom?: Dayjs | null;
  movedOn?: Dayjs | null;
  illustrative: boolean;
  note?: string;
}

interface UnitFormModalProps {
  open: boolean;
  onClose: () => void;
  /** The unit being edited; absent when adding one. */
  unit?: Unit;
  /** Parent proposed for a new unit. */
  defaultParent?: UnitOption;
}

const blankToNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** Adds a unit, or edits one (including moving it under another parent, dated). */
export function UnitFormModal({ open, onClose, unit, defaultParent }: UnitFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit?.id ?? '');
  const parentId = Form.useWatch('parentId', form);
  const moving = Boolean(unit && parentId !== undefined && parentId !== unit.parentId);

  const initialValues: Partial<Values> = unit
    ? {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        kind: unit.kind,
        parentId: unit.parentId,
        validFrom: fromIsoDate(unit.validFrom),
        illustrative: unit.illustrative,
        note: unit.note ?? undefined,
      }
    : { parentId: defaultParent?.id ?? null, illustrative: false };

  const onFinish = (values: Values) => {
    if (!unit) {
      const body: CreateUnitBody = {
        code: values.code,
        name: values.name,
        shortName: blankToNull(values.shortName),
        kind: values.kind,
        parentId: values.parentId,
        validFrom: toIsoDate(values.validFrom),
        illustrative: values.illustrative,
        note: blankToNull(values.note),
      };
      create.mutate(body, {
        onSuccess: (created) => {
          void message.success(t('unit.created', { name: created.name }));
          onClose();
          void navigate(PATHS.unit(created.id));
        },
        onError: (error) => showError(error, form),
      });
      return;
    }
    const body: UpdateUnitBody = {
      version: unit.version,
      code: values.code,
      name: values.name,
      shortName: blankToNull(values.shortName),
      kind: values.kind,
      illustrative: values.illustrative,
      note: blankToNull(values.note),
      ...(moving ? { parentId: values.parentId, movedOn: toIsoDate(values.movedOn) ?? undefined } : {}),
    };
    update.mutate(body, {
      onSuccess: (saved) => {
        void message.success(t('unit.updated', { name: saved.name }));
        onClose();
      },
      onError: (error: unknown) => saveError(error, form, onClose),
    });
  };

  const known: UnitOption[] = [];
  if (unit?.parentId && unit.parentName) known.push({ id: unit.parentId, name: unit.parentName });
  if (defaultParent) known.push(defaultParent);

  return (
    <FormModal open={open} title={unit ? t('unit.editTitle', { name: unit.name }) : t('unit.createTitle')} form={form} onClose={onClose} pending={create.isPending || update.isPending} width={640}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <Form.Item
          label={t('unit.code')}
          name="code"
          extra={t('unit.codeHint')}
          normalize={(v: string | undefined) => v?.toUpperCase()}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={40} spellCheck={false} />
        </Form.Item>
        <Form.Item label={t('unit.fullName')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('unit.shortName')} name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('unit.kind')} name="kind" rules={[{ required: true, message: t('common.required') }]}>
          <Select<UnitKind> showSearch={{ filterOption: filterOptionFolded }} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('unit.parent')} name="parentId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect known={known} excludeIds={unit ? [unit.id] : undefined} />
        </Form.Item>
        {moving && (
          <Form.Item label={t('unit.movedOn')} name="movedOn" extra={t('unit.movedOnHint')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        )}
        {!unit && (
          <Form.Item label={t('unit.validFrom')} name="validFrom">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        )}
        <Form.Item label={t('unit.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="illustrative" valuePropName="checked">
          <Checkbox>{t('unit.illustrative')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
