import { Drawer } from 'antd';
import { useT } from '../../i18n/useT.js';
import { AwardHistoryView } from './AwardHistoryView.js';

/** A person's award history beside the list it was opened from. */
export function PersonAwardHistoryDrawer({ person, onClose }: { person: { id: string; fullName: string }; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer open title={t('history.openFor', { name: person.fullName })} size={760} onClose={onClose} destroyOnHidden>
      <AwardHistoryView kind="person" id={person.id} />
    </Drawer>
  );
}
