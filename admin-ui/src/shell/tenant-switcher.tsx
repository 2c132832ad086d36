import { BankOutlined, CheckOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { switchTenant } from '../api/auth-api.ts';
import { roleLabel } from '../access/role-label.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { workbenchPath } from '../menu/core-menu.tsx';
import { useSession, useSessionState } from '../session/use-session.ts';

export function TenantSwitcher() {
  const session = useSession();
  const { setSession } = useSessionState();
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    { key: 'title', type: 'group', label: t('shell.tenant.switch') },
    ...session.tenants.map((tenant) => ({
      key: tenant.id,
      label: tenant.name,
      // Other tenants' role lists are not loaded: their built-in roles are named, custom ones shown by key.
      extra:
        tenant.id === session.tenant.id ? (
          <CheckOutlined />
        ) : (
          tenant.roles.map((key) => roleLabel(key, undefined, t)).join('、')
        ),
    })),
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === session.tenant.id) return;
    try {
      const next = await switchTenant(key);
      setSession(next);
      navigate(workbenchPath);
      void message.success(t('shell.tenant.switched', { name: next.tenant.name }));
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <Dropdown menu={{ items, onClick, selectedKeys: [session.tenant.id] }} trigger={['click']}>
      <Button type="text" icon={<BankOutlined />} aria-label={t('shell.tenant.switch')} data-testid="tenant-switcher">
        <span style={{ maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis' }}>{session.tenant.name}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
