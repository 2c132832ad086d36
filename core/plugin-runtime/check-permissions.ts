import { buildSubjectRegistry } from '../access/build-subject-registry.ts';
import { SubjectConflictError } from '../access/subject-registry.ts';
import { validateRules } from '../access/validate-rules.ts';
import type { PluginDefinition } from './plugin-definition.ts';
import type { PluginProblem } from './plugin-problem.ts';
import { pluginErrorProblems } from './plugin-errors-catalog.ts';
import { contributionProblems } from './plugin-extensions.ts';
import { templateProblems } from '../reports/templates/template-problems.ts';
import { datasetProblems, resourceProblems } from './resources/resource-problems.ts';

/**
 * Keeps the plugins whose permissions fit the platform: subjects and scope attributes no one else
 * declared, default grants that name known subjects, actions and fields. Plugins are checked in order
 * (requirements first); one that does not fit is left out, with what it requires intact.
 */
export function checkPermissions(plugins: readonly PluginDefinition[]): {
  plugins: PluginDefinition[];
  problems: PluginProblem[];
} {
  const accepted: PluginDefinition[] = [];
  const problems: PluginProblem[] = [];
  for (const plugin of plugins) {
    const excluded = Object.keys(plugin.requires ?? {}).find((d) => !accepted.some((p) => p.name === d));
    if (excluded) {
      problems.push({ plugin: plugin.name, code: 'dependency-unavailable', message: `${plugin.name} requires ${excluded}, which was left out` });
      continue;
    }
    try {
      const registry = buildSubjectRegistry([...accepted, plugin]);
      const grants = plugin.permissions?.defaultGrants ?? {};
      const wrong = Object.entries(grants).flatMap(([role, rules]) =>
        validateRules(rules ?? [], registry, `/permissions/defaultGrants/${role}`, 'en-US').map((p) => `${p.pointer}: ${p.message}`),
      );
      wrong.push(...resourceProblems(plugin, registry), ...datasetProblems(plugin, registry), ...templateProblems(plugin.reportTemplates ?? [], plugin.dashboardTemplates ?? [], new Map((plugin.datasets ?? []).map((dataset) => [dataset.key, dataset.fields]))), ...contributionProblems(plugin, accepted), ...pluginErrorProblems(plugin));
      if (wrong.length > 0) {
        problems.push({ plugin: plugin.name, code: 'invalid-manifest', message: `${plugin.name}: ${wrong.join('; ')}` });
        continue;
      }
      accepted.push(plugin);
    } catch (error) {
      if (!(error instanceof SubjectConflictError)) throw error;
      problems.push({ plugin: plugin.name, code: 'invalid-manifest', message: error.message });
    }
  }
  return { plugins: accepted, problems };
}
