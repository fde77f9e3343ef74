import { Button, Card, DatePicker, Flex, Form, Input, List, Select, Tag, Typography, App } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import type { Document } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { useMovementList } from '../assignments/useAssignments.js';
import { UnitSelect, type UnitOption } from '../units/UnitSelect.js';
import { useAssignments, useCreateAssignment } from './useDocuments.js';

interface Values {
  title: string;
  dueOn: Dayjs | null;
  unitIds: string[];
  movementId?: string;
  period: string;
}

/** Nhiệm vụ giao từ văn bản: the list, and a form prefilled from the document's deadlines and recipients. */
export function AssignmentsCard({ document, canWrite }: { document: Document; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const list = useAssignments(document.id);
  const create = useCreateAssignment(document.id);
  const [form] = Form.useForm<Values>();
  const movements = useMovementList({ enabled: canWrite });

  const deadline = document.parsed?.deadlines[0];
  const recipientUnits: UnitOption[] = [
    ...document.recipients.flatMap((r) => (r.unitId ? [{ id: r.unitId, name: r.name }] : [])),
    ...document.deliveries.map((d) => ({ id: d.unitId, name: d.unitName })),
  ];
  const defaultUnitIds = [...new Set(recipientUnits.map((u) => u.id))];

  const onFinish = (v: Values) =>
    create.mutate(
      {
        title: v.title.trim(),
        dueOn: toIsoDate(v.dueOn)!,
        unitIds: v.unitIds.length ? v.unitIds : undefined,
        movementId: v.movementId ?? null,
        period: v.period.trim(),
      },
      {
        onSuccess: () => {
          void message.success(t('document.assignmentCreated'));
          form.resetFields(['title']);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <Card size="small" title={t('document.assignments')} style={{ marginBottom: 16 }}>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <List
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('document.assignmentsNone') }}
        renderItem={(a) => (
          <List.Item>
            <Flex vertical gap={2}>
              <Link to={PATHS.assignment(a.id)}>
                <Typography.Text strong>{a.title}</Typography.Text>
              </Link>
              <span>
                {t('document.assignmentDue')}: {formatDateVi(a.dueOn)}
              </span>
              <Flex gap={4} wrap>
                {a.units.map((u) => (
                  <Tag key={u.unitId}>{u.unitName}</Tag>
                ))}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      {canWrite && (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          initialValues={{ title: deadline?.what ?? '', dueOn: fromIsoDate(deadline?.date) ?? null, unitIds: defaultUnitIds, period: deadline?.date?.slice(0, 4) ?? '' }}
          onFinish={onFinish}
          onValuesChange={(changed: Partial<Values>, all: Values) => {
            // The period follows the due date's year until the user types another one.
            if (changed.dueOn && (!all.period || !form.isFieldTouched('period'))) form.setFieldValue('period', changed.dueOn.format('YYYY'));
          }}
        >
          <Form.Item label={t('document.assignmentTitle')} name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item label={t('document.assignmentDue')} name="dueOn" rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={DATE_FORMAT} aria-label={t('document.assignmentDue')} />
            </Form.Item>
            <Form.Item label={t('document.assignmentUnits')} name="unitIds" extra={t('document.assignmentUnitsHint')} style={{ flex: 1, minWidth: 280 }}>
              <UnitSelect multiple known={recipientUnits} aria-label={t('document.assignmentUnits')} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item label={t('assignment.movement')} name="movementId" style={{ flex: 1, minWidth: 280 }}>
              <Select
                allowClear
                aria-label={t('assignment.movement')}
                placeholder={t('assignment.noMovement')}
                loading={movements.isPending}
                showSearch={{ filterOption: filterOptionFolded }}
                options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Form.Item label={t('assignment.period')} name="period" style={{ width: 160 }}>
              <Input maxLength={40} aria-label={t('assignment.period')} />
            </Form.Item>
          </Flex>
          <Button htmlType="submit" loading={create.isPending}>
            {t('document.assignmentAdd')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
