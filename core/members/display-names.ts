import type { EntityManager } from '@mikro-orm/postgresql';

/** The display names of the bound company's members among `userIds` (others are left out). */
export async function displayNames(em: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; display_name: string }[]>(
    'SELECT u.id, u.display_name FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.id = ANY(ARRAY[?]::uuid[])',
    [[...userIds]],
  );
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
