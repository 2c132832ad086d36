import type { RawRuleOf } from '@casl/ability';
import type { AppAbility } from './ability.ts';

export const builtInRoles = ['owner', 'admin', 'member'] as const;
export type BuiltInRole = (typeof builtInRoles)[number];

/** Roles a holder of `role` may hand out (to an invitee or an API token): never more than their own. */
export const grantableRoles: Record<BuiltInRole, readonly BuiltInRole[]> = {
  owner: ['admin', 'member'],
  admin: ['admin', 'member'],
  member: [],
};

/**
 * The rules of the built-in roles until tenants define their own (access-control issue). Owners and admins
 * manage the tenant; members read the company profile and the member list.
 */
export const builtInRoleRules: Record<BuiltInRole, RawRuleOf<AppAbility>[]> = {
  owner: [{ action: 'manage', subject: 'all' }],
  admin: [{ action: 'manage', subject: 'all' }],
  member: [
    { action: 'read', subject: 'Tenant' },
    { action: 'read', subject: 'User' },
  ],
};

export function isBuiltInRole(value: unknown): value is BuiltInRole {
  return typeof value === 'string' && (builtInRoles as readonly string[]).includes(value);
}
