import { App, Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { FormModal } from '../../components/FormModal.js';
import type { CreatePersonBody, Gender, Person } from '../../../contract/people.js';
import { useSaveError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { useCreatePerson, useUpdatePerson } from './usePeople.js';

interface Values {
  fullName: string;
  gender: Gender | 'unknown';
  birthYear?: number | null;
  unitId: string | null;
  position?: string;
  illustrative: boolean;
}

/** Adds or edits a person (cán bộ, công chức, viên chức, người lao động). */
export function PersonFormModal({ open, onClose, person, defaultUnit }: { open: boolean; onClose: () => void; person?: Person; defaultUnit?: UnitOption }) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? '');

  const onFinish = (values: Values) => {
    const body: CreatePersonBody = {
      fullName: values.fullName,
      gender: values.gender === 'unknown' ? null : values.gender,
      birthYear: values.birthYear ?? null,
      unitId: values.unitId!,
      position: values.position?.trim() || null,
      illustrative: values.illustrative,
    };
    const onError = (error: unknown) => saveError(error, form, onClose);
    const onSaved = (saved: Person) => {
      void message.success(t(person ? 'person.updated' : 'person.created', { name: saved.fullName }));
      onClose();
    };
    if (person) update.mutate({ ...body, version: person.version }, { onSuccess: onSaved, onError });
    else create.mutate(body, { onSuccess: onSaved, onError });
  };

  const known: UnitOption[] = [];
  if (person) known.push({ id: person.unitId, name: person.unitName });
  if (defaultUnit) known.push(defaultUnit);

  return (
    <FormModal open={open} title={person ? t('person.editTitle', { name: person.fullName }) : t('person.createTitle')} form={form} onClose={onClose} pending={create.isPending || update.isPending} width={600}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          person
            ? {
                fullName: person.fullName,
                gender: person.gender ?? 'unknown',
                birthYear: person.birthYear,
                unitId: person.unitId,
                position: person.position ?? undefined,
                illustrative: person.illustrative,
              }
            : { gender: 'unknown', unitId: defaultUnit?.id ?? null, illustrative: false }
        }
      >
        <Form.Item label={t('person.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('person.gender')} name="gender">
          <Radio.Group
            options={[
              { value: 'male', label: t('gender.male') },
              { value: 'female', label: t('gender.female') },
              { value: 'unknown', label: t('person.genderUnknown') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('person.birthYear')} name="birthYear">
          <InputNumber min={1900} max={2100} precision={0} />
        </Form.Item>
        <Form.Item label={t('person.unit')} name="unitId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect known={known} />
        </Form.Item>
        <Form.Item label={t('person.position')} name="position">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="illustrative" valuePropName="checked">
          <Checkbox>{t('person.illustrative')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
