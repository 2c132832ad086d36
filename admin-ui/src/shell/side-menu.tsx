import { Menu } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { findExtensionEntry } from '../extensions/extension-targets.ts';
import { useExtensionMenu } from '../extensions/use-extension-menu.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { buildMenuItems } from '../menu/build-menu-items.tsx';
import { findMenuEntry } from '../menu/menu-registry.ts';
import { useSession } from '../session/use-session.ts';

export function SideMenu() {
  const session = useSession();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const pluginEntries = useExtensionMenu();
  const items = useMemo(() => buildMenuItems(session, t, pluginEntries), [session, t, pluginEntries]);
  const active = findMenuEntry(pathname) ?? findExtensionEntry(pluginEntries, pathname);
  const activeGroup = active && 'group' in active && active.group ? `group:${active.group}` : undefined;
  const [openKeys, setOpenKeys] = useState<string[]>(activeGroup ? [activeGroup] : []);

  useEffect(() => {
    if (activeGroup) setOpenKeys((keys) => (keys.includes(activeGroup) ? keys : [...keys, activeGroup]));
  }, [activeGroup]);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={active ? [active.key] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
    />
  );
}
