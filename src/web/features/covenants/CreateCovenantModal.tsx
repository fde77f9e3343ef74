import { Alert, App, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Covenant } from '../../../contract/covenants.js';
import { compareVietnamese } from '../../../core/text.js';
import { useSaveError } from '../../app/useShowError.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useGroupList } from '../groups/useGroups.js';
import { defaultCopySource, groupsWithoutCovenant } from './covenant-model.js';
import { useCreateCovenant, type CovenantSummary } from './useCovenants.js';

type TableSource = 'copy' | 'empty';

interface Values {
  groupId: string;
  title: string;
  scoringDeadline: Dayjs;
  source: TableSource;
  copyFromCovenantId: string | null;
}

/**
 * Lập giao ước for a group of the year that has none yet; its table is copied from another
 * covenant (last year's by default) or left empty to write or import.
 */
export function CreateCovenantModal({
  year,
  existing,
  sources,
  onClose,
  onSaved,
}: {
  year: number;
  /** Covenants of the year: their groups are not offered. */
  existing: readonly CovenantSummary[];
  /** Covenants a table may be copied from. */
  sources: readonly CovenantSummary[];
  onClose: () => void;
  onSaved: (covenant: Covenant) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const saveError = useSaveError();
  const [form] = Form.useForm<Values>();
  const create = useCreateCovenant();
  const groups = useGroupList({ year });
  const free = groupsWithoutCovenant(groups.data?.items ?? [], existing).sort((a, b) => compareVietnamese(a.name, b.name));
  const source = Form.useWatch('source', form);
  const copyOptions = [...sources]
    .sort((a, b) => b.year - a.year || compareVietnamese(a.groupName, b.groupName))
    .map((c) => ({ value: c.id, label: t('covenant.copyOption', { group: c.groupName, title: c.title, year: c.year }) }));

  const onGroup = (groupId: string) => {
    const group = free.find((g) => g.id === groupId);
    if (!group) return;
    const from = defaultCopySource(group, sources);
    if (!form.isFieldTouched('title') || !form.getFieldValue('title')) form.setFieldValue('title', t('covenant.defaultTitle', { year, group: group.name }));
    form.setFieldsValue({ source: from ? 'copy' : form.getFieldValue('source'), copyFromCovenantId: from?.id ?? form.getFieldValue('copyFromCovenantId') });
  };

  const onFinish = (v: Values) =>
    create.mutate(
      {
        groupId: v.groupId,
        title: v.title.trim(),
        scoringDeadline: toIsoDate(v.scoringDeadline)!,
        criteria: [],
        copyFromCovenantId: v.source === 'copy' ? v.copyFromCovenantId : null,
      },
      {
        onSuccess: (saved) => {
          void message.success(t('covenant.created'));
          onClose();
          onSaved(saved);
        },
        onError: (error) => saveError(error, form),
      },
    );

  return (
    <FormModal open title={t('covenant.createTitle', { year })} form={form} onClose={onClose} pending={create.isPending} okText={t('covenant.create')}>
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.isSuccess && free.length === 0 && <Alert type="info" showIcon title={t('covenant.noFreeGroups', { year })} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ source: 'empty', copyFromCovenantId: null }}>
        <Form.Item label={t('covenant.group')} name="groupId" rules={[{ required: true, message: t('common.required') }]}>
          <Select
            aria-label={t('covenant.group')}
            placeholder={t('covenant.groupPlaceholder')}
            loading={groups.isPending}
            showSearch={{ filterOption: filterOptionFolded }}
            options={free.map((g) => ({ value: g.id, label: `${g.name} (${t(`groupKind.short.${g.kind}`)})` }))}
            onChange={onGroup}
          />
        </Form.Item>
        <Form.Item label={t('covenant.title')} name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('covenant.deadline')} name="scoringDeadline" extra={t('covenant.deadlineHelp')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker aria-label={t('covenant.deadline')} format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('covenant.tableSource')} name="source">
          <Radio.Group
            options={[
              { value: 'copy', label: t('covenant.tableSource.copy') },
              { value: 'empty', label: t('covenant.tableSource.empty') },
            ]}
          />
        </Form.Item>
        {source === 'copy' && (
          <Form.Item label={t('covenant.copyFrom')} name="copyFromCovenantId" rules={[{ required: true, message: t('common.required') }]}>
            <Select aria-label={t('covenant.copyFrom')} placeholder={t('covenant.copyFromPlaceholder')} showSearch={{ filterOption: filterOptionFolded }} options={copyOptions} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
