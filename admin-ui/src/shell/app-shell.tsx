import { Grid, Layout, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
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
  // On a phone (fill-in pages, UI.md "Shell") the menu is hidden behind a button and opens over the page.
  const isPhone = Grid.useBreakpoint().sm === false;
  const [isPhoneMenuOpen, setPhoneMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setPhoneMenuOpen(false), [pathname]);

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
            collapsed={isPhone ? !isPhoneMenuOpen : collapsed}
            onCollapse={isPhone ? (value) => setPhoneMenuOpen(!value) : onCollapse}
            collapsedWidth={isPhone ? 0 : 80}
            zeroWidthTriggerStyle={{ top: 12 }}
            width={220}
            style={{ position: isPhone ? 'fixed' : 'sticky', zIndex: isPhone ? 20 : undefined, top: 0, height: '100vh' }}
          >
            {/* the sider itself lets the phone's menu button (outside its box) show; the menu scrolls in here */}
            <div style={{ height: '100%', overflowY: 'auto', overflowX: 'hidden' }}>
              <ShellLogo collapsed={isPhone ? false : collapsed} />
              <SideMenu />
            </div>
          </Layout.Sider>
          <Layout>
            <Layout.Header
              style={{
                background: token.colorBgContainer,
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                padding: isPhone ? '0 8px 0 52px' : '0 16px',
                lineHeight: 'normal',
                position: 'sticky',
                top: 0,
                zIndex: 10,
              }}
            >
              <TopBar />
            </Layout.Header>
            <Layout.Content style={{ padding: isPhone ? '8px 8px 16px' : '12px 24px 24px' }}>
              <PageBreadcrumbs />
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </RoleNamesProvider>
    </UnreadCountProvider>
  );
}
