import { useCallback, useState } from 'react';
import { Outlet, useParams } from 'react-router';
import { useSession, useSessionState } from '../session/use-session.ts';
import { ModuleOffContext } from './module-off.ts';
import { ModuleOffPage } from './module-off-page.tsx';

/**
 * The `/m/<plugin>` route: a plugin the session does not list as enabled shows the module-not-enabled page
 * instead of its screens. A screen that meets the server's 403 module-not-enabled (the module was switched
 * off since the session was read) reports it here: the page switches and the session is read again, so
 * the menu drops the module too. The report holds until the enabled modules change.
 */
export function ModuleGate() {
  const { plugin = '' } = useParams();
  const session = useSession();
  const { refresh } = useSessionState();
  const enabledKey = [...session.enabledPlugins].sort().join(',');
  const [reported, setReported] = useState<{ plugin: string; enabledKey: string } | undefined>(undefined);

  const report = useCallback(() => {
    setReported({ plugin, enabledKey });
    void refresh();
  }, [plugin, enabledKey, refresh]);

  const isReportedOff = reported?.plugin === plugin && reported.enabledKey === enabledKey;
  if (!session.enabledPlugins.includes(plugin) || isReportedOff) return <ModuleOffPage />;
  return (
    <ModuleOffContext value={report}>
      <Outlet />
    </ModuleOffContext>
  );
}
