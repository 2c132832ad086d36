import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessRule } from '@tessera/schemas/access';

/** What a principal holds in its tenant: the inputs of its ability. Read fresh for every session request. */
export interface AccessContext {
  readonly roles: readonly string[];
  /** The roles' rules, every `can` before every `cannot`, so a `cannot` always wins. */
  readonly rules: readonly AccessRule[];
  readonly departmentIds: readonly string[];
  /** The member's departments and every department below them. */
  readonly departmentTreeIds: readonly string[];
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** The plugins the tenant has enabled: only their routes answer. */
  readonly enabledPlugins: readonly string[];
  /** Enabled plugins whose entitlement ended, by plugin: read-only until the end of their grace period. */
  readonly readOnlyPlugins: Readonly<Record<string, string>>;
}

interface ContextRow {
  attributes: Record<string, unknown>;
  roles: string[];
  rules: AccessRule[];
  department_ids: string[];
  department_tree_ids: string[];
  enabled_plugins: string[];
  read_only_plugins: Record<string, string>;
}

/**
 * One statement, under the tenant's RLS: the membership's attributes, the held roles and their rules (or,
 * for an API token, the token's one role), the member's departments and the subtree below them, and the
 * tenant's enabled plugins (and which of them are read-only in an entitlement's grace period).
 */
const contextSql = `
WITH RECURSIVE direct AS (
  SELECT department_id AS id FROM department_members WHERE tenant_id = ? AND user_id = ?
), tree AS (
  SELECT id FROM direct
  UNION
  SELECT d.id FROM departments d JOIN tree ON d.tenant_id = ? AND d.parent_id = tree.id
), held AS (
  SELECT r.key, r.rules FROM roles r
  WHERE r.tenant_id = ? AND r.key IN (
    SELECT mr.role_key FROM member_roles mr WHERE mr.tenant_id = ? AND mr.user_id = ? AND ?::text IS NULL
    UNION ALL SELECT ?::text WHERE ?::text IS NOT NULL)
)
SELECT m.attributes,
  coalesce((SELECT array_agg(key ORDER BY key) FROM held), '{}') AS roles,
  coalesce((SELECT jsonb_agg(rule ORDER BY coalesce((rule->>'inverted')::boolean, false), held.key, n)
            FROM held, jsonb_array_elements(held.rules) WITH ORDINALITY AS e(rule, n)), '[]') AS rules,
  coalesce((SELECT array_agg(id::text ORDER BY id) FROM direct), '{}') AS department_ids,
  coalesce((SELECT array_agg(id::text ORDER BY id) FROM tree), '{}') AS department_tree_ids,
  coalesce((SELECT array_agg(plugin ORDER BY plugin) FROM tenant_plugins tp WHERE tp.tenant_id = m.tenant_id AND tp.enabled),
    '{}') AS enabled_plugins,
  coalesce((SELECT jsonb_object_agg(plugin, read_only_until) FROM tenant_plugins tp
            WHERE tp.tenant_id = m.tenant_id AND tp.enabled AND tp.read_only_until IS NOT NULL), '{}') AS read_only_plugins
FROM memberships m WHERE m.tenant_id = ? AND m.user_id = ?`;

function stringArrays(value: Record<string, unknown>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(value)) {
    if (Array.isArray(list)) result[key] = list.filter((item): item is string => typeof item === 'string');
  }
  return result;
}

/**
 * The access context of `userId` in the bound tenant, or `undefined` when they are not a member. With
 * `tokenRole`, the roles are that one role (an API token's) instead of the member's own.
 */
export async function loadAccessContext(
  em: EntityManager,
  tenantId: string,
  userId: string,
  tokenRole: string | null = null,
): Promise<AccessContext | undefined> {
  const rows = await em.execute<ContextRow[]>(contextSql, [
    tenantId,
    userId,
    tenantId,
    tenantId,
    tenantId,
    userId,
    tokenRole,
    tokenRole,
    tokenRole,
    tenantId,
    userId,
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    roles: row.roles,
    rules: row.rules,
    departmentIds: row.department_ids,
    departmentTreeIds: row.department_tree_ids,
    attributes: stringArrays(row.attributes),
    enabledPlugins: row.enabled_plugins,
    readOnlyPlugins: row.read_only_plugins,
  };
}
