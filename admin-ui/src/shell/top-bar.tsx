import { Flex, Grid } from 'antd';
import { LanguageSwitch } from './language-switch.tsx';
import { MenuSearch } from './menu-search.tsx';
import { MessageBell } from './message-bell.tsx';
import { TenantSwitcher } from './tenant-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

export function TopBar() {
  // a phone has room for the bell, the language and the user; search and switching company wait for a wider screen
  const isPhone = Grid.useBreakpoint().sm === false;
  return (
    <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
      {isPhone ? <span /> : <MenuSearch />}
      <Flex align="center" gap={8}>
        {isPhone ? null : <TenantSwitcher />}
        <MessageBell />
        <LanguageSwitch />
        <UserMenu />
      </Flex>
    </Flex>
  );
}
