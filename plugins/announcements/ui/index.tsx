import type { PluginComponents, SignInWidgetProps } from '@tessera/admin-ui/plugin-sdk';

export const pages = {
  inbox: () => import('./inbox-page.tsx'),
  read: () => import('./read-page.tsx'),
} satisfies PluginComponents;

export const signInWidgets = { pinned: () => import('./pinned-notices.tsx') } satisfies PluginComponents<SignInWidgetProps>;
