import { createContext, useContext } from 'react';
import type { UiExtensions } from '../api/ui-extensions-api.ts';

export interface UiExtensionsState {
  /** `undefined` until the first answer (and after a failed one). */
  extensions: UiExtensions | undefined;
  isFailed: boolean;
  /** A (re)load is on its way: what is shown may be about to change (a module was just enabled). */
  isLoading: boolean;
  reload: () => void;
}

export const UiExtensionsContext = createContext<UiExtensionsState | null>(null);

/** The plugins' resources, pages and widgets for this user; inside the signed-in shell only. */
export function useUiExtensions(): UiExtensionsState {
  const state = useContext(UiExtensionsContext);
  if (!state) throw new Error('useUiExtensions must be used inside UiExtensionsProvider');
  return state;
}
