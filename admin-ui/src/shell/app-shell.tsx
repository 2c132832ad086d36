import { Layout, theme } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { RoleNamesProvider } from '../access/role-names-provider.tsx';
import { useSession } from '../session/use-session.ts';
import { PageBreadcrumbs } from './page-breadcrumbs.tsx';
import { ShellLogo } from './shell-logo.tsx';
import { SideMenu } from './side-menu.tsx';
import { TopBar } from './top-bar.tsx';
import { UnreadCountProvider } from './unread-count-provider.tsx';

const collapsedKey = 'tessera.menu.collapsed';

/** The signed-in frame: left menu from the registry, top bar, breadcrumbs, then the page. */
export function AppShell() {
  const session = useSession();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(() => window.localStorage.getItem(collapsedKey) === '1');

  const onCollapse = (value: boolean) => {
    setCollapsed(value);
    window.localStorage.setItem(collapsedKey, value ? '1' : '0');
  };

  return (
    <UnreadCountProvider key={session.tenant.id}>
      <RoleNamesProvider>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={onCollapse}
            width={220}
            style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          >
            <ShellLogo collapsed={collapsed} />
            <SideMenu />
          </Layout.Sider>
          <Layout>
            <Layout.Header
              style={{
                background: token.colorBgContainer,
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                padding: '0 16px',
                lineHeight: 'normal',
                position: 'sticky',
                top: 0,
                zIndex: 10,
              }}
            >
              <TopBar />
            </Layout.Header>
            <Layout.Content style={{ padding: '12px 24px 24px' }}>
              <PageBreadcrumbs />
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </RoleNamesProvider>
    </UnreadCountProvider>
  );
}
