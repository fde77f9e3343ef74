import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Menu, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { CertificateLayoutEditor } from './CertificateLayoutEditor.js';
import { useCertificateLayouts } from './useDecisions.js';

/**
 * Phôi Giấy khen: the positions of each field on an office's pre-printed blank, set once on
 * screen and saved, so certificates print onto the blank at the right places.
 */
export function CertificateLayoutsPage() {
  const t = useT();
  const { user } = useSession();
  const [unitId, setUnitId] = useState<string>(user.scopeUnitId);
  const layouts = useCertificateLayouts(unitId);
  // 'new' edits a layout not saved yet; an id edits that one.
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const items = layouts.data?.items ?? [];
  const current = editing && editing !== 'new' ? items.find((l) => l.id === editing) : undefined;

  return (
    <>
      <PageHeader breadcrumb={<Link to={PATHS.decisions}>{t('nav.decisions')}</Link>} title={t('nav.certificateLayouts')} />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('certificate.layouts')} style={{ marginBottom: 16 }}>
            <Flex vertical gap={8}>
              <UnitSelect
                aria-label={t('certificate.unit')}
                ancestorId={user.scopeUnitId}
                known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
                allowClear={false}
                value={unitId}
                onChange={(v) => {
                  if (v) setUnitId(v);
                  setEditing(null);
                }}
              />
              {layouts.isError && <QueryError error={layouts.error} onRetry={() => void layouts.refetch()} />}
              {layouts.isPending ? (
                <Spin />
              ) : items.length === 0 ? (
                <Typography.Text type="secondary">{t('certificate.none')}</Typography.Text>
              ) : (
                <Menu
                  mode="inline"
                  aria-label={t('certificate.layouts')}
                  selectedKeys={editing ? [editing] : []}
                  onClick={({ key }) => setEditing(key)}
                  style={{ borderInlineEnd: 'none' }}
                  items={items.map((l) => ({ key: l.id, label: `${l.name} (${l.pageWidthMm} × ${l.pageHeightMm} mm)` }))}
                />
              )}
              <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('certificate.add')}
              </Button>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {editing ? (
            <CertificateLayoutEditor
              // A fresh editor for each layout, and again once saved (new version).
              key={current ? `${current.id}-${current.version}` : 'new'}
              unitId={unitId}
              layout={current}
              onSaved={(id) => setEditing(id)}
              onDeleted={() => setEditing(null)}
            />
          ) : (
            <Card size="small">
              <Empty description={t('certificate.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
