import { useEffect, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { listPlugins } from '../../../api/plugins-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

/**
 * Who ships a template, as people read it: 系统内置 for the core, a module by its title. Only readers who
 * may list modules get their titles; for anyone else (or if the list fails) the module's name still
 * says where the template comes from, so no problem is shown for it.
 */
export function useSourceTitles(): (source: string) => string {
  const { t } = useI18n();
  const mayListModules = useAbility().can('read', 'Plugin');
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    if (!mayListModules) return undefined;
    let current = true;
    listPlugins()
      .then((list) => {
        if (current) setTitles(new Map(list.items.map((plugin) => [plugin.name, plugin.title])));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [mayListModules]);

  return (source) => (source === 'core' ? t('reports.templates.source.core') : (titles.get(source) ?? source));
}
