import { createContext, useCallback, useContext } from 'react';
import { ApiError } from '../api/api-error.ts';

/** The core's code for a call to a plugin the company has not enabled (docs/plugins.md). */
export const moduleNotEnabledCode = 'module-not-enabled';

export function isModuleNotEnabled(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === moduleNotEnabledCode;
}

/** Set by the `/m/<plugin>` route: switches the page to "此模块未启用" and refreshes the session. */
export const ModuleOffContext = createContext<(() => void) | null>(null);

/**
 * For screens under `/m/<plugin>/…`: `true` when the error was the plugin's 403 module-not-enabled, which
 * then replaces the page with the module-not-enabled page; `false` for any other error, to show as usual.
 */
export function useModuleOffCheck(): (error: unknown) => boolean {
  const report = useContext(ModuleOffContext);
  return useCallback(
    (error: unknown) => {
      if (!report || !isModuleNotEnabled(error)) return false;
      report();
      return true;
    },
    [report],
  );
}
