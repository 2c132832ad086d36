import pg from 'pg';
import { appRightsRole } from './migration.ts';

/**
 * Makes sure the login role the server answers requests with exists, owns nothing, cannot bypass RLS and
 * holds only the rights migrations grant to the group role. Roles are cluster-wide, so concurrent callers
 * (parallel test files, several processes) may race: a duplicate is fine.
 */
export async function ensureAppRole(client: pg.ClientBase, user: string, password: string): Promise<void> {
  const ident = pg.escapeIdentifier(user);
  const statements = [
    `CREATE ROLE ${appRightsRole} NOLOGIN NOSUPERUSER NOBYPASSRLS`,
    `CREATE ROLE ${ident} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT`,
  ];
  for (const sql of statements) {
    try {
      await client.query(sql);
    } catch (error) {
      if (!isDuplicateRole(error)) throw error;
    }
  }
  await client.query(
    `ALTER ROLE ${ident} WITH LOGIN NOSUPERUSER NOBYPASSRLS INHERIT PASSWORD ${pg.escapeLiteral(password)}`,
  );
  try {
    await client.query(`GRANT ${appRightsRole} TO ${ident}`);
  } catch (error) {
    if (!isDuplicateRole(error)) throw error;
  }
}

function isDuplicateRole(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  // 42710 duplicate_object; XX000 "tuple concurrently updated" when two sessions create the same role
  return code === '42710' || code === '23505' || code === 'XX000';
}
