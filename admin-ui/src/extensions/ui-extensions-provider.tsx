import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchUiExtensions, type UiExtensions } from '../api/ui-extensions-api.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { useSession } from '../session/use-session.ts';
import { UiExtensionsContext, type UiExtensionsState } from './ui-extensions-context.ts';

/**
 * The signed-in area's plugin extensions, loaded afresh for each company and user, so one company's
 * menu never shows in another's. Mounted between RequireSession and the shell.
 */
export function UiExtensionsProvider({ children }: { children: ReactNode }) {
  const { tenant, user } = useSession();
  return <UiExtensionsLoader key={`${tenant.id}/${user.id}`}>{children}</UiExtensionsLoader>;
}

/**
 * Loads `GET /api/ui-extensions` once signed in, and again whenever what it depends on changes: the
 * company, the user, their rules (what they may read), the enabled modules and the language (titles come
 * localized). The last answer stays shown while the next loads; a stale answer never replaces a newer one.
 */
function UiExtensionsLoader({ children }: { children: ReactNode }) {
  const session = useSession();
  const { locale } = useI18n();
  const [extensions, setExtensions] = useState<UiExtensions | undefined>(undefined);
  const [isFailed, setIsFailed] = useState(false);
  const [isLoading, setIsLoading] = useState(true);
  const latest = useRef(0);
  const dependsOn = [
    session.tenant.id,
    session.user.id,
    locale,
    [...session.enabledPlugins].sort().join(','),
    JSON.stringify(session.rules),
  ].join('|');

  const load = useCallback(() => {
    const request = ++latest.current;
    setIsFailed(false);
    setIsLoading(true);
    fetchUiExtensions()
      .then((answer) => {
        if (request === latest.current) setExtensions(answer);
      })
      .catch(() => {
        if (request !== latest.current) return;
        setExtensions(undefined);
        setIsFailed(true);
      })
      .finally(() => {
        if (request === latest.current) setIsLoading(false);
      });
  }, []);

  // `dependsOn` names the reasons to load again; `load` itself never changes.
  useEffect(load, [dependsOn, load]);

  const value = useMemo<UiExtensionsState>(
    () => ({ extensions, isFailed, isLoading, reload: load }),
    [extensions, isFailed, isLoading, load],
  );
  return <UiExtensionsContext value={value}>{children}</UiExtensionsContext>;
}
