import { LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { signOut } from '../api/auth-api.ts';
import { useRoleNames } from '../access/role-names-context.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { useSession } from '../session/use-session.ts';

export function UserMenu() {
  const session = useSession();
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const { nameOf } = useRoleNames();
  const { user } = session;

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: `${user.email ?? user.mobile ?? ''} · ${session.roles.map(nameOf).join('、')}`,
    },
    { type: 'divider' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('shell.user.sign-out'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key !== 'sign-out') return;
    try {
      await signOut();
      // A full page load drops everything held in memory for this user before the next one signs in.
      window.location.replace('/sign-in');
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" data-testid="user-menu" style={{ paddingInline: 8 }}>
        <Avatar size="small" style={{ background: '#1677ff' }}>
          {user.displayName.slice(0, 1).toUpperCase()}
        </Avatar>
        <span style={{ maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}
