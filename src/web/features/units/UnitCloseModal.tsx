import { App, DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import type { Dayjs } from 'dayjs';
import { LINEAGE_EVENTS, type Unit } from '../../../contract/units.js';
import { useSaveError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, toIsoDate, todayValue } from '../../lib/dates.js';
import { UnitSelect } from './UnitSelect.js';
import { useCloseUnit } from './useUnits.js';

type LineageEvent = (typeof LINEAGE_EVENTS)[number];

interface Values {
  closedOn: Dayjs;
  event: LineageEvent;
  successorIds: string[];
  note?: string;
}

/** Records a merger, split, rename, transfer or dissolution, dated, with the successor units. */
export function UnitCloseModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const close = useCloseUnit(unit.id);
  const event = Form.useWatch('event', form);

  const onFinish = (values: Values) => {
    close.mutate(
      {
        version: unit.version,
        closedOn: toIsoDate(values.closedOn)!,
        event: values.event,
        successorIds: values.successorIds ?? [],
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('unit.closed', { name: unit.name }));
          onClose();
        },
        onError: (error: unknown) => saveError(error, form, onClose),
      },
    );
  };

  return (
    <FormModal open={open} title={t('unit.closeTitle', { name: unit.name })} form={form} onClose={onClose} pending={close.isPending} width={600} danger>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ closedOn: todayValue(), event: 'merge', successorIds: [] }}
        onFinish={onFinish}
      >
        <Form.Item label={t('unit.closedOn')} name="closedOn" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('unit.closeEvent')} name="event" rules={[{ required: true, message: t('common.required') }]}>
          <Select<LineageEvent> options={LINEAGE_EVENTS.map((e) => ({ value: e, label: t(`lineageEvent.${e}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('unit.successors')}
          name="successorIds"
          extra={t('unit.successorsHint')}
          rules={[{ required: event !== 'dissolve', type: 'array', min: event === 'dissolve' ? 0 : 1, message: t('common.required') }]}
        >
          <UnitSelect multiple excludeIds={[unit.id]} />
        </Form.Item>
        <Form.Item label={t('unit.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
