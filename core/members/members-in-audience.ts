import type { EntityManager } from '@mikro-orm/postgresql';

/** Who is meant, by the ways the core knows its members; an empty audience means no one. */
export interface MemberAudience {
  readonly all?: boolean;
  /** Role keys: members holding any of them. */
  readonly roles?: readonly string[];
  /** Departments: members of any of them or of a department below one. */
  readonly departments?: readonly string[];
  readonly users?: readonly string[];
}

/** The user ids of the bound company's members in the audience, each once, in no particular order. */
export async function membersInAudience(em: EntityManager, audience: MemberAudience): Promise<string[]> {
  if (audience.all) {
    const rows = await em.execute<{ user_id: string }[]>('SELECT user_id FROM memberships');
    return rows.map((row) => row.user_id);
  }
  const rows = await em.execute<{ user_id: string }[]>(
    `WITH RECURSIVE tree AS (
       SELECT id FROM departments WHERE id = ANY(ARRAY[?]::uuid[])
       UNION SELECT d.id FROM departments d JOIN tree ON d.parent_id = tree.id)
     SELECT user_id FROM department_members WHERE department_id IN (SELECT id FROM tree)
     UNION SELECT user_id FROM member_roles WHERE role_key = ANY(ARRAY[?]::text[])
     UNION SELECT user_id FROM memberships WHERE user_id = ANY(ARRAY[?]::uuid[])`,
    [[...(audience.departments ?? [])], [...(audience.roles ?? [])], [...(audience.users ?? [])]],
  );
  return rows.map((row) => row.user_id);
}
