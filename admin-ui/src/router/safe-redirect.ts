import { workbenchPath } from '../menu/core-menu.tsx';

/** Only same-site paths are followed after sign-in, never `//evil.example` or a full URL. */
export function safeRedirect(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//')) return workbenchPath;
  if (value.startsWith('/sign-in') || value.startsWith('/sign-up')) return workbenchPath;
  return value;
}
