import { Tag } from 'antd';
import { useT } from '../../i18n/useT.js';
import type { DecisionStatus } from './useDecisions.js';

const COLOR: Record<DecisionStatus, string> = { draft: 'gold', issued: 'green', recorded: 'default' };

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const t = useT();
  return <Tag color={COLOR[status]}>{t(`decision.status.${status}`)}</Tag>;
}
