import type { AccessRule } from '@tessera/schemas/access';
import { isDeepStrictEqual } from 'node:util';
import { RoleNotGrantableError } from '../auth/errors.ts';
import { ownerRoleKey } from './built-in-roles.ts';
import { allSubjects, manageAction } from './standard-actions.ts';

/** What the granting principal holds: its role keys and its own (unresolved) rules. */
export interface Granter {
  readonly roles: readonly string[];
  readonly rules: readonly AccessRule[];
}

const actionCovers = (mine: string, theirs: string) => mine === manageAction || mine === theirs;
const subjectCovers = (mine: string, theirs: string) => mine === allSubjects || mine === theirs;

/**
 * Whether the granter holds at least what `rule` gives: a `can` of theirs for the same action and subject
 * (or `manage` / `all`) that is unconditional or has the very same conditions, over the same fields or
 * more; and no `cannot` of theirs that touches it (a restriction the grant could bypass).
 */
function covers(granter: Granter, rule: AccessRule): boolean {
  if (rule.inverted) return true;
  const restricted = granter.rules.some(
    (mine) => mine.inverted && actionCovers(mine.action, rule.action) && subjectCovers(mine.subject, rule.subject),
  );
  if (restricted) return false;
  return granter.rules.some(
    (mine) =>
      !mine.inverted &&
      actionCovers(mine.action, rule.action) &&
      subjectCovers(mine.subject, rule.subject) &&
      (rule.action !== manageAction || mine.action === manageAction) &&
      (rule.subject !== allSubjects || mine.subject === allSubjects) &&
      (!mine.conditions || isDeepStrictEqual(mine.conditions, rule.conditions)) &&
      (!mine.fields || (rule.fields?.every((field) => mine.fields?.includes(field)) ?? false)),
  );
}

/** Whether the granter may hand out (or take away, or edit) a role with `rules`: never above their own rights. */
export function canGrant(granter: Granter, role: { key: string; rules: readonly AccessRule[] }): boolean {
  if (granter.roles.includes(ownerRoleKey)) return true;
  if (role.key === ownerRoleKey) return false;
  return role.rules.every((rule) => covers(granter, rule));
}

export function assertCanGrant(granter: Granter, role: { key: string; rules: readonly AccessRule[] }): void {
  if (!canGrant(granter, role)) throw new RoleNotGrantableError({ role: role.key });
}

/** The granter a principal is: its role keys and the rules it holds as stored (placeholders unfilled). */
export function granterOf(principal: { roles: readonly string[]; access: { context: { rules: readonly AccessRule[] } } }): Granter {
  return { roles: principal.roles, rules: principal.access.context.rules };
}
