import { Layout, Menu, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCan } from '../features/session/useSession.js';
import { useT } from '../i18n/useT.js';
import { HeaderBar } from './HeaderBar.js';
import { APP_PAGES } from './pages.js';
import { PATHS } from './paths.js';

/** The menu entry a location belongs to: the longest menu path that prefixes it. */
function selectedMenuKey(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((p) => (p === PATHS.dashboard ? pathname === p : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

export function AppShell() {
  const t = useT();
  const can = useCan();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const menuPages = useMemo(
    () => APP_PAGES.filter((p) => p.menu && (!p.permission || can(p.permission))),
    [can],
  );
  const items = menuPages.map((p) => ({
    key: p.path,
    icon: p.menu!.icon,
    label: <Link to={p.path}>{t(p.menu!.labelKey)}</Link>,
  }));
  const selected = selectedMenuKey(location.pathname, menuPages.map((p) => p.path));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={240}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <Link to={PATHS.dashboard} style={{ display: 'block', padding: collapsed ? '16px 8px' : '16px 24px' }}>
          <Typography.Text strong style={{ fontSize: 22, color: '#b91c1c' }}>
            {t('app.name')}
          </Typography.Text>
          {!collapsed && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('app.subtitle')}
            </Typography.Text>
          )}
        </Link>
        <nav aria-label={t('nav.menu')}>
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', height: 'auto', lineHeight: 'normal', padding: '10px 24px', borderBottom: '1px solid #f0f0f0' }}
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
