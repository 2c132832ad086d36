import semver from 'semver';
import type { PluginDefinition } from './plugin-definition.ts';
import type { PluginProblem } from './plugin-problem.ts';
import { manifestErrors } from './validate-manifest.ts';

export interface PluginCandidate {
  /** Where it was found (a folder or a package name), for messages about it. */
  readonly source: string;
  readonly definition: unknown;
}

export interface ResolvedPlugins {
  /** The loadable plugins, every plugin after the plugins it requires. */
  readonly plugins: readonly PluginDefinition[];
  readonly problems: readonly PluginProblem[];
}

const satisfies = (version: string, range: string): boolean =>
  semver.validRange(range) !== null && semver.satisfies(version, range, { includePrerelease: true });

/** One cycle among `names` (following `requires`), as `a → b → a`, or undefined. */
function findCycle(names: ReadonlySet<string>, byName: ReadonlyMap<string, PluginDefinition>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    state.set(name, 'open');
    path.push(name);
    for (const dependency of Object.keys(byName.get(name)?.requires ?? {}).sort()) {
      if (!names.has(dependency)) continue;
      if (state.get(dependency) === 'open') return [...path.slice(path.indexOf(dependency)), dependency];
      if (!state.has(dependency)) {
        const cycle = visit(dependency);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of [...names].sort()) {
    if (state.has(name)) continue;
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Checks discovered plugins and orders them: invalid manifests, duplicate names, an incompatible core
 * range, missing or incompatible requirements and requirement cycles each exclude a plugin with a problem
 * naming the plugins and versions; a plugin whose requirement was excluded is excluded too. The rest come
 * out in dependency order (ties by name), so each plugin loads after everything it requires.
 */
export function resolvePlugins(candidates: readonly PluginCandidate[], core: string): ResolvedPlugins {
  const problems: PluginProblem[] = [];
  const valid: PluginDefinition[] = [];
  for (const candidate of candidates) {
    const errors = manifestErrors(candidate.definition);
    if (errors.length > 0) {
      const named = (candidate.definition as { name?: unknown } | undefined)?.name;
      problems.push({
        plugin: typeof named === 'string' && named ? named : candidate.source,
        code: 'invalid-manifest',
        message: `the manifest of ${candidate.source} is invalid: ${errors.join('; ')}`,
      });
    } else valid.push(candidate.definition as PluginDefinition);
  }

  const byName = new Map<string, PluginDefinition>();
  const sourcesOf = new Map<string, PluginDefinition[]>();
  for (const plugin of valid) sourcesOf.set(plugin.name, [...(sourcesOf.get(plugin.name) ?? []), plugin]);
  for (const [name, plugins] of sourcesOf) {
    if (plugins.length > 1) {
      const versions = plugins.map((p) => `${p.name}@${p.version}`).join(', ');
      problems.push({ plugin: name, code: 'duplicate-name', message: `${plugins.length} plugins are named ${name}: ${versions}` });
      continue;
    }
    const [plugin] = plugins;
    if (!plugin) continue;
    if (!satisfies(core, plugin.core)) {
      problems.push({
        plugin: name,
        code: 'incompatible-core',
        message: `${name}@${plugin.version} needs core ${plugin.core}; this core is ${core}`,
      });
      continue;
    }
    byName.set(name, plugin);
  }

  // requirements, repeated until no further plugin drops out
  const allValid = new Map(valid.map((p) => [p.name, p]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, plugin] of byName) {
      for (const [dependency, range] of Object.entries(plugin.requires ?? {})) {
        const present = byName.get(dependency);
        const problem: PluginProblem | undefined = present
          ? satisfies(present.version, range)
            ? undefined
            : {
                plugin: name,
                code: 'incompatible-dependency',
                message: `${name}@${plugin.version} requires ${dependency} ${range}; found ${dependency}@${present.version}`,
              }
          : allValid.has(dependency)
            ? {
                plugin: name,
                code: 'dependency-unavailable',
                message: `${name}@${plugin.version} requires ${dependency}, which cannot be loaded`,
              }
            : {
                plugin: name,
                code: 'missing-dependency',
                message: `${name}@${plugin.version} requires ${dependency} ${range}, which is not installed`,
              };
        if (problem) {
          problems.push(problem);
          byName.delete(name);
          changed = true;
          break;
        }
      }
    }
  }

  // cycles: every member is excluded with the cycle named, then whatever required them
  for (let cycle = findCycle(new Set(byName.keys()), byName); cycle; cycle = findCycle(new Set(byName.keys()), byName)) {
    const members = new Set(cycle);
    for (const name of members) {
      problems.push({ plugin: name, code: 'dependency-cycle', message: `requirements form a cycle: ${cycle.join(' → ')}` });
      byName.delete(name);
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const [name, plugin] of byName) {
        const lost = Object.keys(plugin.requires ?? {}).find((dependency) => !byName.has(dependency));
        if (lost) {
          problems.push({
            plugin: name,
            code: 'dependency-unavailable',
            message: `${name}@${plugin.version} requires ${lost}, which cannot be loaded`,
          });
          byName.delete(name);
          changed = true;
        }
      }
    }
  }

  const ordered: PluginDefinition[] = [];
  const placed = new Set<string>();
  while (placed.size < byName.size) {
    const ready = [...byName.values()]
      .filter((p) => !placed.has(p.name) && Object.keys(p.requires ?? {}).every((d) => placed.has(d)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) break; // cannot happen once cycles are out; never loop forever
    for (const plugin of ready) {
      ordered.push(plugin);
      placed.add(plugin.name);
    }
  }
  return { plugins: ordered, problems };
}
