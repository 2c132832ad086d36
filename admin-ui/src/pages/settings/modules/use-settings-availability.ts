import { useEffect, useState } from 'react';
import { fetchPluginSettings, type PluginView } from '../../../api/plugins-api.ts';
import { hasSettings } from './module-settings-schema.ts';

/**
 * Which enabled modules have settings, read from each one's settings schema (one small GET per enabled
 * module, again when the enabled set changes). A module whose read fails counts as having none.
 */
export function useSettingsAvailability(modules: readonly PluginView[] | undefined, enabled: boolean): ReadonlySet<string> {
  const [withSettings, setWithSettings] = useState<ReadonlySet<string>>(new Set());
  const enabledNames = (modules ?? [])
    .filter((module) => module.enabled)
    .map((module) => module.name)
    .sort()
    .join(',');

  useEffect(() => {
    if (!enabled || !enabledNames) {
      setWithSettings(new Set());
      return;
    }
    let isCurrent = true;
    const names = enabledNames.split(',');
    void Promise.all(
      names.map((name) =>
        fetchPluginSettings(name).then(
          (settings) => (hasSettings(settings.schema) ? name : undefined),
          () => undefined,
        ),
      ),
    ).then((found) => {
      if (isCurrent) setWithSettings(new Set(found.filter((name): name is string => name !== undefined)));
    });
    return () => {
      isCurrent = false;
    };
  }, [enabled, enabledNames]);

  return withSettings;
}
