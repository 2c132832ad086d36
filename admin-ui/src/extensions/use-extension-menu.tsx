import { type ReactNode, useMemo } from 'react';
import { useSession } from '../session/use-session.ts';
import { extensionMenuEntries } from './extension-targets.ts';
import { PluginIcon } from './plugin-icon.tsx';
import { useUiExtensions } from './ui-extensions-context.ts';

export interface ExtensionMenuItem {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
}

/**
 * The plugins' entries for the side menu, the menu search and the workbench, in menu order. Only modules
 * the session lists as enabled: the extensions answer may lag a moment behind a module switched off.
 */
export function useExtensionMenu(): ExtensionMenuItem[] {
  const { extensions } = useUiExtensions();
  const { enabledPlugins } = useSession();
  return useMemo(
    () =>
      extensions
        ? extensionMenuEntries(extensions)
            .filter((entry) => enabledPlugins.includes(entry.plugin))
            .map((entry) => ({
              key: entry.key,
              path: entry.path,
              label: entry.label,
              icon: <PluginIcon name={entry.icon} />,
            }))
        : [],
    [extensions, enabledPlugins],
  );
}
