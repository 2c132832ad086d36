import { createMongoAbility, type MongoAbility } from '@casl/ability';
import { type BuiltInRole, builtInRoleRules } from './built-in-roles.ts';

export type AppAbility = MongoAbility<[string, string]>;

const cache = new Map<BuiltInRole, AppAbility>();

/** The ability of a built-in role; built once, as the rules are constant. */
export function abilityFor(role: BuiltInRole): AppAbility {
  let ability = cache.get(role);
  if (!ability) {
    ability = createMongoAbility<AppAbility>(builtInRoleRules[role]);
    cache.set(role, ability);
  }
  return ability;
}
