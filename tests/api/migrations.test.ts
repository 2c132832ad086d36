import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, MigrationOrderError, revert } from '../../core/db/migrator.ts';
import { coreMigrations } from '../../core/db/migrations/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

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

async function publicTables(): Promise<string[]> {
  const { rows } = await owner.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'tessera_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.tablename);
}

it('reverts every core migration and applies them again', async () => {
  const before = await publicTables();
  expect(before).toEqual([
    'api_tokens',
    'audit_log',
    'custom_fields',
    'dashboards',
    'department_members',
    'departments',
    'entitlement_events',
    'entitlements',
    'files',
    'form_submission_events',
    'form_submissions',
    'form_versions',
    'forms',
    'invitations',
    'mail_outbox',
    'market_listings',
    'member_roles',
    'memberships',
    'messages',
    'module_order_events',
    'module_order_lines',
    'module_orders',
    'module_trials',
    'operator_audit_log',
    'operator_sessions',
    'operators',
    'option_sets',
    'options',
    'plugin_installations',
    'report_exports',
    'report_schedule_mails',
    'report_schedule_runs',
    'report_schedules',
    'reports',
    'roles',
    'sessions',
    'tenant_plugins',
    'tenants',
    'users',
  ]);
  const reverted = await revert(owner, 'core', coreMigrations, coreMigrations.length);
  expect(reverted).toEqual(coreMigrations.map((m) => m.name).reverse());
  expect(await publicTables()).toEqual([]);
  const { applied } = await migrate(owner, 'core', coreMigrations);
  expect(applied).toEqual(coreMigrations.map((m) => m.name));
  expect(await publicTables()).toEqual(before);
  expect((await migrate(owner, 'core', coreMigrations)).applied).toEqual([]);
});

it('leaves the database as it was when a migration fails', async () => {
  const broken = [...coreMigrations, { name: '209901010000-broken', up: 'CREATE TABLE half_done (id int); SELECT 1/0;', down: '' }];
  await expect(migrate(owner, 'core', broken)).rejects.toThrow(/division by zero/);
  expect(await publicTables()).not.toContain('half_done');
  const { rows } = await owner.query(`SELECT 1 FROM tessera_migrations WHERE name = '209901010000-broken'`);
  expect(rows).toHaveLength(0);
});

it('refuses migrations that are out of order', async () => {
  const unordered = [coreMigrations[1], coreMigrations[0]].filter((m) => m !== undefined);
  await expect(migrate(owner, 'core', unordered)).rejects.toBeInstanceOf(MigrationOrderError);
});
