import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Session } from '../../../contract/councils.js';
import type { NominationStatus, NominationSummary } from '../../../contract/nominations.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { NominationPicker } from './NominationPicker.js';
import { useCreateSession, useNominationChoices, useUpdateSession } from './useCouncils.js';

/** What the form needs of a council (a council or a row of the councils list). */
interface CouncilRef {
  id: string;
  unitId: string;
  name: string;
  unitName: string;
}

interface Values {
  councilId: string;
  title: string;
  heldOn: Dayjs;
  place?: string;
  nominationIds: string[];
}

interface Props {
  /** The council; when absent the form asks for one among `councils`. */
  council?: CouncilRef;
  councils?: CouncilRef[];
  /** The session to edit (still planned). */
  session?: Session;
  onClose: () => void;
  onSaved?: (session: { id: string }) => void;
}

/** Nominations a council may take onto an agenda: sent to its unit and not yet voted on. */
const OPEN_STATUSES: readonly NominationStatus[] = ['submitted', 'reviewing'];

/** Tạo phiên họp (or edit one before it opens): title, date, place and the nominations on the agenda. */
export function SessionFormModal({ council, councils = [], session, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateSession();
  const update = useUpdateSession(session?.id ?? '');
  const chosenCouncilId = Form.useWatch('councilId', form) ?? council?.id;
  const chosen = council ?? councils.find((c) => c.id === chosenCouncilId);
  const nominations = useNominationChoices(chosen?.unitId, OPEN_STATUSES);

  // The agenda of a session being edited is already 'reviewing'; keep it listed whatever the query says.
  const choices = useMemo(() => {
    const byId = new Map<string, NominationSummary>();
    session?.items.forEach((i) => byId.set(i.nomination.id, i.nomination));
    nominations.data?.forEach((n) => byId.set(n.id, n));
    return [...byId.values()];
  }, [nominations.data, session]);

  const onFinish = (v: Values) => {
    const fields = { title: v.title.trim(), heldOn: toIsoDate(v.heldOn)!, place: v.place?.trim() || null };
    const onError = (error: unknown) => saveError(error, form, onClose);
    if (session) {
      const before = new Set(session.items.map((i) => i.nomination.id));
      const after = new Set(v.nominationIds);
      update.mutate(
        {
          ...fields,
          addNominationIds: [...after].filter((id) => !before.has(id)),
          removeNominationIds: [...before].filter((id) => !after.has(id)),
          version: session.version,
        },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { councilId: v.councilId, body: { ...fields, nominationIds: v.nominationIds } },
        {
          onSuccess: (saved) => {
            void message.success(t('meeting.created', { title: saved.title }));
            onClose();
            onSaved?.(saved);
          },
          onError,
        },
      );
    }
  };

  const initialValues: Partial<Values> = session
    ? {
        councilId: session.councilId,
        title: session.title,
        heldOn: fromIsoDate(session.heldOn),
        place: session.place ?? undefined,
        nominationIds: session.items.map((i) => i.nomination.id),
      }
    : { councilId: council?.id, title: t('meeting.defaultTitle', { year: todayValue().year() - 1 }), heldOn: todayValue(), nominationIds: [] };

  return (
    <FormModal
      open
      title={session ? t('meeting.editTitle') : t('meeting.createTitle')}
      form={form}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      width={1000}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        <Form.Item label={t('meeting.council')} name="councilId" rules={[{ required: true, message: t('common.required') }]} hidden={Boolean(council || session)}>
          <Select<string>
            showSearch={{ filterOption: filterOptionFolded }}
            options={councils.map((c) => ({ value: c.id, label: `${c.name} – ${c.unitName}` }))}
            onChange={() => form.setFieldValue('nominationIds', [])}
          />
        </Form.Item>
        <Form.Item label={t('meeting.title')} name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('meeting.heldOn')} name="heldOn" rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={DATE_FORMAT} aria-label={t('meeting.heldOn')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('meeting.place')} name="place">
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={chosen ? t('meeting.agendaOf', { unit: chosen.unitName }) : t('meeting.agenda')}
          name="nominationIds"
          extra={t('meeting.agendaHelp')}
        >
          <NominationPicker
            label={t('meeting.agenda')}
            choices={choices}
            loading={nominations.isFetching}
            error={nominations.error ?? undefined}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
