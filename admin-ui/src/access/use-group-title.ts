import { useCallback } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { findMenuGroup } from '../menu/menu-registry.ts';

/**
 * A catalog group as people read it: `core` is the system itself; a plugin's group is named like its
 * menu group (same key), and shown by its key when the plugin has no menu.
 */
export function useGroupTitle(): (group: string) => string {
  const { t } = useI18n();
  return useCallback(
    (group: string) => {
      if (group === 'core') return t('settings.roles.group.core');
      const menuGroup = findMenuGroup(group);
      return menuGroup ? t(menuGroup.labelKey) : group;
    },
    [t],
  );
}
