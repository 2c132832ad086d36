import { ControlOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Dropdown, Flex, Layout, Menu, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { LanguageSwitch } from '../../shell/language-switch.tsx';
import { signOutOperator } from '../api/operator-auth-api.ts';
import { operatorPaths } from '../operator-paths.ts';
import { useOperatorSession, useOperatorSessionState } from '../session/operator-session-context.ts';
import { findOperatorMenuItem, operatorMenu } from './operator-menu.tsx';

const collapsedKey = 'tessera.operator-menu.collapsed';

function OperatorUserMenu() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { operator } = useOperatorSession();
  const { setSession } = useOperatorSessionState();
  const onSignOut = async () => {
    try {
      await signOutOperator();
    } catch {
      void message.warning(t('operator.sign-out.failed'));
    }
    setSession(null);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'email', label: operator.email, disabled: true },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('operator.sign-out'), onClick: () => void onSignOut() },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="operator-menu">
        {operator.displayName} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** The operator console's frame, built like the companies' shell (antd Layout) but with its own menu and session. */
export function OperatorShell() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => window.localStorage.getItem(collapsedKey) === '1');
  const active = findOperatorMenuItem(pathname);
  useDocumentTitle(active ? `${t(active.labelKey)} - ${t('operator.console')}` : t('operator.console'));

  const onCollapse = (value: boolean) => {
    setCollapsed(value);
    window.localStorage.setItem(collapsedKey, value ? '1' : '0');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={onCollapse}
        width={220}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Link
          to={operatorPaths.tenants}
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: collapsed ? 'center' : 'flex-start',
            gap: 10,
            height: 64,
            padding: collapsed ? 0 : '0 24px',
            color: '#fff',
            fontSize: 18,
            fontWeight: 600,
            whiteSpace: 'nowrap',
          }}
        >
          <ControlOutlined style={{ fontSize: 22, color: '#faad14' }} />
          {collapsed ? null : 'Tessera'}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={active ? [active.key] : []}
          items={operatorMenu.map((item) => ({ key: item.key, icon: item.icon, label: <Link to={item.path}>{t(item.labelKey)}</Link> }))}
        />
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
          <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
            <Flex align="center" gap={8}>
              <Typography.Text strong>{t('operator.console')}</Typography.Text>
              <Tag color="gold">{t('operator.console.tag')}</Tag>
            </Flex>
            <Flex align="center" gap={8}>
              <LanguageSwitch />
              <OperatorUserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: '12px 24px 24px' }}>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[
              { title: <Link to={operatorPaths.tenants}>{t('operator.console')}</Link> },
              ...(active ? [{ title: t(active.labelKey) }] : []),
            ]}
          />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
