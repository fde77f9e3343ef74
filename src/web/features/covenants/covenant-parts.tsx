import { App, Tag } from 'antd';
import { useCallback } from 'react';
import type { CovenantStatus, CriterionKind } from '../../../contract/covenants.js';
import type { GroupKind } from '../../../contract/groups.js';
import { formatPoints } from '../../../core/covenants/scoring.js';
import { todayInVietnam } from '../../../core/dates.js';
import { ApiError } from '../../api/client.js';
import { errorText, useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { isPastDeadline } from './covenant-model.js';

const STATUS_COLORS: Record<CovenantStatus, string> = { draft: 'default', scoring: 'processing', review: 'orange', closed: 'green' };

export function CovenantStatusTag({ status }: { status: CovenantStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`covenant.status.${status}`)}</Tag>;
}

export function GroupKindTag({ kind }: { kind: GroupKind }) {
  const t = useT();
  return <Tag color={kind === 'cluster' ? 'volcano' : 'blue'}>{t(`groupKind.short.${kind}`)}</Tag>;
}

/** Bonus and penalty rows carry a tag; groups and criteria read as they are. */
export function CriterionKindTag({ kind }: { kind: CriterionKind }) {
  const t = useT();
  if (kind === 'bonus') return <Tag color="green">{t('covenant.kind.bonus')}</Tag>;
  if (kind === 'penalty') return <Tag color="red">{t('covenant.kind.penalty')}</Tag>;
  return null;
}

/** Points the way score sheets write them: "45", "0,25"; empty for none. */
export function points(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatPoints(value);
}

/**
 * The onError of a covenant write. A 409 without fields is a stale version (the data is being
 * reloaded by the mutation) unless the deadline has passed: then it is the server's refusal, shown
 * as it comes.
 */
export function useCovenantError() {
  const { notification } = App.useApp();
  const showError = useShowError();
  const t = useT();
  return useCallback(
    (error: unknown, deadline?: string) => {
      const late = deadline !== undefined && isPastDeadline(deadline, todayInVietnam());
      if (error instanceof ApiError && error.isStaleVersion && !late) {
        notification.warning({ title: errorText(error, t), description: t('error.staleReloaded') });
        return;
      }
      showError(error);
    },
    [notification, showError, t],
  );
}
