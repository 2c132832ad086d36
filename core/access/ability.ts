import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { AccessRule } from '@tessera/schemas/access';
import { fillPlaceholders, type PlaceholderValues } from './placeholders.ts';

export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;

/** The rules with the principal's values filled in: what the ability is built from and what the UI gets. */
export function resolveRules(rules: readonly AccessRule[], values: PlaceholderValues): AccessRule[] {
  return rules.map((rule) =>
    rule.conditions ? { ...rule, conditions: fillPlaceholders(rule.conditions, values) as Record<string, unknown> } : rule,
  );
}

/** Records are tagged with their subject through CASL's `subject()` helper. */
export function buildAbility(resolvedRules: readonly AccessRule[]): AppAbility {
  // Safe: AccessRule is CASL's raw rule shape with string actions and subjects.
  return createMongoAbility<AppAbility>(resolvedRules as RawRuleOf<AppAbility>[]);
}
