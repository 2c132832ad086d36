import { App } from 'antd';
import { useCallback, useState } from 'react';
import { disablePlugin, enablePlugin } from '../../api/plugins-api.ts';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSessionState } from '../../session/use-session.ts';

/**
 * 启用 / 停用 from the marketplace, as 系统设置 › 模块 does it: whatever the answer, the page reloads its
 * data and the session is read again, so the module's menu appears (or goes) at once. A module without a
 * trial or purchase answers 402 `entitlement-required`, shown with a link to its listing.
 */
export function useModuleSwitch(titleOf: (name: string) => string, onChanged: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const { refresh } = useSessionState();
  const [busy, setBusy] = useState<string | undefined>(undefined);

  const change = useCallback(
    async (name: string, call: () => Promise<string>) => {
      setBusy(name);
      try {
        const done = await call();
        message.destroy(problemMessageKey);
        void message.success(done);
      } catch (error) {
        showProblem(error);
      } finally {
        setBusy(undefined);
        onChanged();
        await refresh();
      }
    },
    [message, onChanged, refresh, showProblem],
  );

  const enable = useCallback(
    (name: string, withRequirements: boolean) =>
      change(name, async () => {
        const result = await enablePlugin(name, withRequirements);
        const names = (result.enabled.length > 0 ? result.enabled : [name]).map(titleOf);
        return t('settings.modules.enabled', { names: names.join(t('settings.modules.separator')) });
      }),
    [change, t, titleOf],
  );

  const disable = useCallback(
    (name: string) =>
      change(name, async () => {
        await disablePlugin(name);
        return t('settings.modules.disabled', { title: titleOf(name) });
      }),
    [change, t, titleOf],
  );

  return { busy, enable, disable };
}
