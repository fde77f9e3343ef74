import { Tag } from 'antd';
import type { DocDirection, DocStatus } from '../../../contract/documents.js';
import { useT } from '../../i18n/useT.js';

export function DirectionTag({ direction }: { direction: DocDirection }) {
  const t = useT();
  return <Tag color={direction === 'outgoing' ? 'geekblue' : 'purple'}>{t(`document.direction.${direction}`)}</Tag>;
}

const STATUS_COLORS: Record<DocStatus, string> = { draft: 'gold', issued: 'green', registered: 'cyan' };

export function DocStatusTag({ status }: { status: DocStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`document.status.${status}`)}</Tag>;
}
