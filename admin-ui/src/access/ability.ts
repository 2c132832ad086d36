import { createMongoAbility, type MongoAbility } from '@casl/ability';
import type { AccessRule } from '../api/access-api.ts';
import type { SessionView } from '../api/auth-api.ts';

/** What the signed-in user may do: `can(action, subject)` over the server's subject and action keys. */
export type AppAbility = MongoAbility<[string, string]>;

const abilities = new WeakMap<readonly AccessRule[], AppAbility>();

/** An ability from raw rules, e.g. to see what a role's rules outside the matrix allow. */
export function abilityOfRules(rules: readonly AccessRule[]): AppAbility {
  let ability = abilities.get(rules);
  if (!ability) {
    ability = createMongoAbility<AppAbility>([...rules]);
    abilities.set(rules, ability);
  }
  return ability;
}

/**
 * The session's CASL ability, built once per rules array. The server sends the rules with their
 * placeholders filled in and decides every request itself; the UI only uses them to hide what would
 * be refused.
 */
export function abilityOf(session: SessionView): AppAbility {
  return abilityOfRules(session.rules);
}

/** A menu entry's `visible` rule: the session may `action` on some `subject`. */
export function allows(action: string, subject: string): (session: SessionView) => boolean {
  return (session) => abilityOf(session).can(action, subject);
}
