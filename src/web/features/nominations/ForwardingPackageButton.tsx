import { FileZipOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';

/** Hồ sơ trình cấp trên: tờ trình, danh sách and each achievement report of the nominations a reviewing level forwarded in a year. */
export function ForwardingPackageButton({ reviewingUnitId, year }: { reviewingUnitId: string | undefined; year: number | undefined }) {
  const t = useT();
  const { download, pending } = useDownload();
  const ready = Boolean(reviewingUnitId) && year !== undefined;
  const button = (
    <Button
      icon={<FileZipOutlined />}
      disabled={!ready}
      loading={pending === 'forwarding-package'}
      onClick={() => void download('forwarding-package', '/api/nominations/forwarding-package', { reviewingUnitId, year }, `ho-so-trinh-cap-tren-${year}.zip`)}
    >
      {t('nomination.forwardingPackage')}
    </Button>
  );
  return ready ? button : <Tooltip title={t('nomination.forwardingPackageHint')}>{button}</Tooltip>;
}
