import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { testAppRole } from '../support/test-app-role.ts';

let t: TestApp;
let owner: pg.Client;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

async function tenantTables(): Promise<string[]> {
  const { rows } = await owner.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

it('finds the tenant tables', async () => {
  expect(await tenantTables()).toEqual(
    expect.arrayContaining(['api_tokens', 'invitations', 'memberships', 'messages']),
  );
});

it('has RLS enabled and forced, with a policy, on every tenant table and on tenants', async () => {
  const tables = [...(await tenantTables()), 'tenants'];
  const { rows } = await owner.query<{
    relname: string;
    relrowsecurity: boolean;
    relforcerowsecurity: boolean;
    policies: number;
  }>(
    `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
            (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
    [tables],
  );
  expect(rows).toHaveLength(tables.length);
  for (const row of rows) {
    expect(row.relrowsecurity, row.relname).toBe(true);
    expect(row.relforcerowsecurity, row.relname).toBe(true);
    expect(row.policies, row.relname).toBeGreaterThan(0);
  }
});

it('puts tenant_id first in every tenant table primary key', async () => {
  for (const table of await tenantTables()) {
    const { rows } = await owner.query<{ cols: string[] }>(
      `SELECT array_agg(a.attname ORDER BY k.ord)::text[] AS cols
         FROM pg_constraint con
         JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
        WHERE con.conrelid = $1::regclass AND con.contype = 'p'`,
      [table],
    );
    expect(rows[0]?.cols?.[0], table).toBe('tenant_id');
  }
});

it('includes tenant_id in every foreign key between tenant tables', async () => {
  const tables = await tenantTables();
  const { rows } = await owner.query<{
    name: string;
    source: string;
    target: string;
    cols: string[];
    refcols: string[];
  }>(
    `SELECT con.conname AS name, src.relname AS source, dst.relname AS target,
            (SELECT array_agg(a.attname)::text[] FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey)) AS cols,
            (SELECT array_agg(a.attname)::text[] FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attnum = ANY(con.confkey)) AS refcols
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class dst ON dst.oid = con.confrelid
      WHERE con.contype = 'f' AND src.relname = ANY($1) AND dst.relname = ANY($1)`,
    [tables],
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const fk of rows) {
    expect(fk.cols, fk.name).toContain('tenant_id');
    expect(fk.refcols, fk.name).toContain('tenant_id');
  }
});

it('includes tenant_id in every unique constraint of a tenant table', async () => {
  const { rows } = await owner.query<{ name: string; table: string; cols: string[] }>(
    `SELECT con.conname AS name, c.relname AS table,
            (SELECT array_agg(a.attname)::text[] FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey)) AS cols
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE con.contype IN ('u', 'p') AND c.relname = ANY($1)`,
    [await tenantTables()],
  );
  for (const constraint of rows) expect(constraint.cols, constraint.name).toContain('tenant_id');
});

it('serves requests through a role that owns nothing and cannot bypass RLS', async () => {
  const { rows } = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
    `SELECT r.rolsuper, r.rolbypassrls,
            (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_roles r WHERE r.rolname = $1`,
    [testAppRole.user],
  );
  expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  const viaApp = t.db.orm.em.getConnection();
  const [who] = await viaApp.execute<{ user: string }[]>('SELECT current_user AS user');
  expect(who?.user).toBe(testAppRole.user);
});

it('uses no SECURITY DEFINER function', async () => {
  const { rows } = await owner.query(
    `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef`,
  );
  expect(rows).toEqual([]);
});
