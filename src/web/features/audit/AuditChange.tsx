import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '../../../contract/audit.js';
import { useT } from '../../i18n/useT.js';

function Json({ value }: { value: unknown }) {
  return <pre className="thidua-json">{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>;
}

/** The before/after snapshot of an audit entry, and its place in the hash chain. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const t = useT();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <Json value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <Json value={entry.after} />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.hash')}: <Typography.Text code>{entry.hash}</Typography.Text>
      </Typography.Text>
    </>
  );
}
