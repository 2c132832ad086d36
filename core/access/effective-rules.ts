import type { AccessRule } from '@tessera/schemas/access';
import type { AccessContext } from './access-context.ts';
import type { SubjectRegistry } from './subject-registry.ts';

/**
 * A principal's rules: its roles' own, plus the default grants enabled plugins give the built-in roles it
 * holds. Every `can` comes before every `cannot`, so a `cannot` still wins.
 */
export function effectiveRules(context: AccessContext, registry: SubjectRegistry): AccessRule[] {
  const granted = registry.defaultGrants(context.roles, context.enabledPlugins);
  if (granted.length === 0) return [...context.rules];
  const all = [...granted, ...context.rules];
  return [...all.filter((r) => !r.inverted), ...all.filter((r) => r.inverted)];
}
