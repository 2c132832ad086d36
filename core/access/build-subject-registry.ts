import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { coreSubjects } from './core-subjects.ts';
import { SubjectRegistry } from './subject-registry.ts';

/** The core's subjects plus every loaded plugin's, each plugin's grouped under its name. */
export function buildSubjectRegistry(plugins: readonly PluginDefinition[]): SubjectRegistry {
  const registry = new SubjectRegistry();
  registry.setGroupTitle('core', { 'zh-CN': '系统', 'en-US': 'System' });
  for (const subject of coreSubjects) registry.addSubject(subject);
  for (const plugin of plugins) {
    registry.setGroupTitle(plugin.name, plugin.title ?? { 'zh-CN': plugin.name, 'en-US': plugin.name });
    for (const subject of plugin.permissions?.subjects ?? []) registry.addSubject({ ...subject, group: plugin.name });
    for (const attribute of plugin.permissions?.attributes ?? []) {
      registry.addAttribute({ ...attribute, group: plugin.name });
    }
    const grants = plugin.permissions?.defaultGrants;
    if (grants) registry.setDefaultGrants(plugin.name, grants);
  }
  return registry;
}
