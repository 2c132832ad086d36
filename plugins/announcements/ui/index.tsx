import type { PluginComponents } from '@tessera/admin-ui/plugin-sdk';

export const pages = {
  inbox: () => import('./inbox-page.tsx'),
  read: () => import('./read-page.tsx'),
} satisfies PluginComponents;
