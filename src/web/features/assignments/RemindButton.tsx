import { BellOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useSendReminders } from './useAssignments.js';

interface RemindButtonProps {
  assignmentId: string;
  unitIds: string[];
  label: string;
  /** Called after the reminders went out (to clear a selection). */
  onSent?: () => void;
}

/** Sends a manual reminder (nhắc hạn) to the chosen units at once: in-app notification and e-mail. */
export function RemindButton({ assignmentId, unitIds, label, onSent }: RemindButtonProps) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const send = useSendReminders(assignmentId);

  const onClick = () =>
    send.mutate(unitIds, {
      onSuccess: (r) => {
        const text = t('assignment.remindSent', { units: r.units, notifications: r.notifications, emails: r.emails });
        // Units without an active reporter or head get nothing: say so rather than "sent".
        if (r.notifications + r.emails === 0) void message.warning(t('assignment.remindNobody', { units: r.units }));
        else if (r.failed > 0) void message.warning(`${text} ${t('assignment.remindFailed', { count: r.failed })}`);
        else void message.success(text);
        onSent?.();
      },
      onError: (error) => showError(error),
    });

  // The count sits beside the button, so the button's accessible name stays its action.
  return (
    <Flex align="center" gap={8}>
      <Button icon={<BellOutlined aria-hidden />} disabled={unitIds.length === 0} loading={send.isPending} onClick={onClick}>
        {label}
      </Button>
      <Typography.Text type="secondary">{t('assignment.selectedUnits', { count: unitIds.length })}</Typography.Text>
    </Flex>
  );
}
