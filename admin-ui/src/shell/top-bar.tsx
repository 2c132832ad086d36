import { Flex } from 'antd';
import { LanguageSwitch } from './language-switch.tsx';
import { MenuSearch } from './menu-search.tsx';
import { MessageBell } from './message-bell.tsx';
import { TenantSwitcher } from './tenant-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

export function TopBar() {
  return (
    <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
      <MenuSearch />
      <Flex align="center" gap={8}>
        <TenantSwitcher />
        <MessageBell />
        <LanguageSwitch />
        <UserMenu />
      </Flex>
    </Flex>
  );
}
