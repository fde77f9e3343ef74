import { App, DatePicker, Form, Input, InputNumber, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AwardCode, Rating } from '../../../contract/awards.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, toIsoDate, todayValue } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { INITIATIVE_SCOPES, RATINGS, type InitiativeScope } from '../awards/eligibility-form.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useCreateHistoryRecord, type CreateBodies, type HistoryRecordKind, type HistorySubjectKind } from './useAwardHistory.js';

/** Every field any of the four forms has; names mirror the request bodies so the server's field errors land. */
interface Values {
  year?: number | null;
  rating?: Rating;
  note?: string;
  title?: string;
  scope?: InitiativeScope;
  recognisedBy?: string;
  kind?: 'discipline' | 'review';
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  awardCode?: AwardCode;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  issuer?: string;
}

interface Props {
  recordKind: HistoryRecordKind;
  subject: { kind: HistorySubjectKind; id: string };
  onClose: () => void;
}

const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function toBody(recordKind: HistoryRecordKind, subject: Props['subject'], v: Values): CreateBodies[HistoryRecordKind] {
  const who = subject.kind === 'person' ? { personId: subject.id, unitId: null } : { personId: null, unitId: subject.id };
  const year = v.year ?? 0;
  switch (recordKind) {
    case 'ratings':
      return { ...who, year, rating: v.rating ?? 'HTNV', note: orNull(v.note) };
    case 'initiatives':
      return { personId: subject.id, year, title: v.title ?? '', scope: v.scope ?? 'co_so', recognisedBy: orNull(v.recognisedBy) };
    case 'discipline':
      return { ...who, kind: v.kind ?? 'discipline', startsOn: toIsoDate(v.startsOn) ?? '', endsOn: toIsoDate(v.endsOn), note: orNull(v.note) };
    case 'awards':
      return {
        ...who,
        awardCode: v.awardCode ?? 'LDTT',
        year,
        decisionNumber: orNull(v.decisionNumber),
        decisionDate: toIsoDate(v.decisionDate),
        issuer: orNull(v.issuer),
        note: orNull(v.note),
      };
  }
}

/** Adds one record (xếp loại, sáng kiến, kỷ luật, khen thưởng) to a person's or a collective's history. */
export function HistoryRecordModal({ recordKind, subject, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateHistoryRecord(recordKind);
  const saveError = useSaveError();
  const catalogue = useAwardCatalogue();
  const required: FormRule[] = [{ required: true, message: t('common.required') }];
  // Awards this kind of subject can receive: a person's titles are not a collective's.
  const nominee = subject.kind === 'person' ? 'person' : 'collective';
  const awards = (catalogue.data?.items ?? []).filter((a) => a.nominee.includes(nominee));

  const onFinish = (values: Values) => {
    create.mutate(toBody(recordKind, subject, values), {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (error) => saveError(error, form),
    });
  };

  const yearItem = (
    <Form.Item name="year" label={t('history.year')} rules={required}>
      <InputNumber min={1945} max={2100} precision={0} style={{ width: 140 }} />
    </Form.Item>
  );
  const noteItem = (
    <Form.Item name="note" label={t('common.note')}>
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );

  return (
    <FormModal open title={t(`history.add.${recordKind}`)} form={form} onClose={onClose} pending={create.isPending}>
      <Form<Values> form={form} name="history-record" layout="vertical" onFinish={onFinish} initialValues={{ year: todayValue().year() - 1, kind: 'discipline' }}>
        {recordKind === 'ratings' && (
          <>
            {yearItem}
            <Form.Item name="rating" label={t('history.rating')} rules={required}>
              <Select options={RATINGS.map((r) => ({ value: r, label: t(`award.rating.${r}`) }))} />
            </Form.Item>
            {noteItem}
          </>
        )}
        {recordKind === 'initiatives' && (
          <>
            {yearItem}
            <Form.Item name="title" label={t('history.initiativeTitle')} rules={required}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Form.Item name="scope" label={t('history.scope')} rules={required}>
              <Select options={INITIATIVE_SCOPES.map((s) => ({ value: s, label: t(`award.scope.${s}`) }))} />
            </Form.Item>
            <Form.Item name="recognisedBy" label={t('history.recognisedBy')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        {recordKind === 'discipline' && (
          <>
            <Form.Item name="kind" label={t('history.disciplineKind')} rules={required}>
              <Select options={(['discipline', 'review'] as const).map((k) => ({ value: k, label: t(`history.disciplineKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="startsOn" label={t('history.startsOn')} rules={required}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="endsOn" label={t('history.endsOn')}>
              <DatePicker format={DATE_FORMAT} placeholder={t('history.ongoing')} />
            </Form.Item>
            {noteItem}
          </>
        )}
        {recordKind === 'awards' && (
          <>
            <Form.Item name="awardCode" label={t('history.award')} rules={required}>
              <Select<AwardCode> options={awardOptions(awards, t)} loading={catalogue.isPending} showSearch={{ filterOption: filterOptionFolded }} />
            </Form.Item>
            {yearItem}
            <Form.Item name="decisionNumber" label={t('history.decisionNumber')}>
              <Input maxLength={100} placeholder="125/QĐ-UBND" />
            </Form.Item>
            <Form.Item name="decisionDate" label={t('history.decisionDate')}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="issuer" label={t('history.issuer')}>
              <Input maxLength={300} />
            </Form.Item>
            {noteItem}
          </>
        )}
      </Form>
    </FormModal>
  );
}
