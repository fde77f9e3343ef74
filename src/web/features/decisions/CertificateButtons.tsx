import { FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Awardee, Decision } from '../../../contract/decisions.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { useDownload } from '../transfer/useDownload.js';
import { useCertificateLayouts } from './useDecisions.js';

const base = (decision: Decision) => `/api/decisions/${decision.id}/certificates`;

/**
 * Giấy khen of the whole decision, one page per awardee: plain DOCX or PDF, or printed onto the
 * office's pre-printed blank at the calibrated positions (needs LibreOffice on the server).
 */
export function CertificateButtons({ decision, layoutId, onLayout }: { decision: Decision; layoutId: string | undefined; onLayout: (id: string | undefined) => void }) {
  const t = useT();
  const can = useCan();
  const { download, pending } = useDownload();
  // Layouts are the decision-writer's: others print the plain certificate.
  const layouts = useCertificateLayouts(decision.unitId, can('decision:write'));
  const items = layouts.data?.items ?? [];

  return (
    <Card size="small" title={t('decision.certificates')} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <Button
          type="primary"
          icon={<FileWordOutlined />}
          data-testid="certificate-docx"
          loading={pending === 'docx'}
          onClick={() => void download('docx', `${base(decision)}.docx`, {}, 'giay-khen.docx')}
        >
          {t('decision.certificateDocx')}
        </Button>
        <Button icon={<FilePdfOutlined />} loading={pending === 'pdf'} onClick={() => void download('pdf', `${base(decision)}.pdf`, {}, 'giay-khen.pdf')}>
          {t('decision.certificatePdf')}
        </Button>
        {can('decision:write') && (
          <Space.Compact>
            <Select<string>
              aria-label={t('decision.layout')}
              placeholder={t('decision.layout')}
              loading={layouts.isPending}
              value={layoutId}
              onChange={onLayout}
              allowClear
              options={items.map((l) => ({ value: l.id, label: l.name }))}
              notFoundContent={t('decision.noLayouts')}
              style={{ width: 220 }}
            />
            <Button
              icon={<PrinterOutlined />}
              disabled={!layoutId}
              loading={pending === 'blank'}
              onClick={() => void download('blank', `${base(decision)}.pdf`, { layoutId }, 'giay-khen-in-phoi.pdf')}
            >
              {t('decision.printOnBlank')}
            </Button>
          </Space.Compact>
        )}
        {can('decision:write') && items.length === 0 && !layouts.isPending && (
          <Typography.Text type="secondary">
            <Link to={PATHS.certificateLayouts}>{t('decision.calibrate')}</Link>
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** One awardee's Giấy khen: DOCX, PDF, and onto the blank chosen above. */
export function CertificateRowButtons({ decision, awardee, layoutId }: { decision: Decision; awardee: Awardee; layoutId: string | undefined }) {
  const t = useT();
  const { download, pending } = useDownload();
  const query = { awardeeId: awardee.id };
  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<FileWordOutlined />}
        aria-label={t('decision.certificateDocxOf', { name: awardee.name })}
        loading={pending === 'docx'}
        onClick={() => void download('docx', `${base(decision)}.docx`, query, 'giay-khen.docx')}
      />
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        aria-label={t('decision.certificatePdfOf', { name: awardee.name })}
        loading={pending === 'pdf'}
        onClick={() => void download('pdf', `${base(decision)}.pdf`, query, 'giay-khen.pdf')}
      />
      {layoutId && (
        <Button
          size="small"
          icon={<PrinterOutlined />}
          aria-label={t('decision.printOnBlankOf', { name: awardee.name })}
          loading={pending === 'blank'}
          onClick={() => void download('blank', `${base(decision)}.pdf`, { ...query, layoutId }, 'giay-khen-in-phoi.pdf')}
        />
      )}
    </Space>
  );
}
