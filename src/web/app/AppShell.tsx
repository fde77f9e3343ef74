import { Layout, Menu, Typography, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCan } from '../features/session/useSession.js';
import { useT, type Translate } from '../i18n/useT.js';
import { HeaderBar } from './HeaderBar.js';
import { APP_PAGES, MENU_GROUPS, type AppPage, type MenuGroup } from './pages.js';
import { PATHS } from './paths.js';

/** The menu entry a location belongs to: the longest menu path that prefixes it. */
function selectedMenuKey(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((p) => (p === PATHS.dashboard ? pathname === p : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Menu entries in page order; pages of a group nest in one submenu, placed where its first page stands. */
function menuItems(pages: AppPage[], t: Translate): MenuItem[] {
  const items: MenuItem[] = [];
  const groups = new Map<MenuGroup, MenuItem[]>();
  for (const p of pages) {
    const item = { key: p.path, icon: p.menu!.icon, label: <Link to={p.path}>{t(p.menu!.labelKey)}</Link> };
    const group = p.menu!.group;
    if (!group) {
      items.push(item);
      continue;
    }
    let children = groups.get(group);
    if (!children) {
      children = [];
      groups.set(group, children);
      items.push({ key: groupKey(group), icon: MENU_GROUPS[group].icon, label: t(MENU_GROUPS[group].labelKey), children });
    }
    children.push(item);
  }
  return items;
}

const groupKey = (group: MenuGroup) => `group:${group}`;

export function AppShell() {
  const t = useT();
  const can = useCan();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const menuPages = useMemo(
    () => APP_PAGES.filter((p) => p.menu && (!p.permission || can(p.permission))),
    [can],
  );
  const items = menuItems(menuPages, t);
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
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            // Groups start open: their pages are as much at hand as the others.
            defaultOpenKeys={(Object.keys(MENU_GROUPS) as MenuGroup[]).map(groupKey)}
            style={{ borderInlineEnd: 0 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', height: 'auto', lineHeight: 'normal', padding: '10px 24px', borderBottom: '1px solid #f0f0f0' }}
        >
          <HeaderBar />
        </Layout.Header>
        {/* antd renders Content as the page's <main> landmark. */}
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
