import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPlugins } from '../../core/plugin-runtime/discover-plugins.ts';
import type { PluginDataExport } from '../../core/plugin-runtime/plugin-data-export.ts';
import type { PluginDefinition } from '../../core/plugin-runtime/plugin-definition.ts';
import { installOrUpgrade, readInstallations, uninstallPlugin } from '../../core/plugin-runtime/plugin-installer.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { signUpCompany } from '../support/test-client.ts';

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

const step = (name: string, up: string, down: string) => ({ name, up, down });
const createNotes = step('202611231300-notes', 'CREATE TABLE lc_notes (id int PRIMARY KEY)', 'DROP TABLE lc_notes');
const addTags = step('202611231310-tags', 'CREATE TABLE lc_tags (id int PRIMARY KEY)', 'DROP TABLE lc_tags');
const version = (v: string, migrations = [createNotes]): PluginDefinition => ({
  name: 'lifecycle',
  version: v,
  core: '^0.1',
  title: { 'zh-CN': '生命周期', 'en-US': 'Lifecycle' },
  migrations,
});

async function tables(prefix: string): Promise<string[]> {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE $1 ORDER BY 1`,
    [`${prefix}%`],
  );
  return rows.map((r) => r.name);
}
const recorded = async (scope: string) =>
  (await owner.query<{ name: string }>('SELECT name FROM tessera_migrations WHERE scope = $1 ORDER BY name', [scope])).rows.map((r) => r.name);

describe('installing a plugin', () => {
  it('leaves nothing behind when a migration fails halfway', async () => {
    const broken: PluginDefinition = {
      ...version('1.0.0'),
      name: 'broken',
      migrations: [
        step('202611231300-first', 'CREATE TABLE broken_first (id int)', 'DROP TABLE broken_first'),
        step('202611231310-second', 'CREATE TABLE broken_second (id int); SELECT 1 / 0', 'DROP TABLE broken_second'),
      ],
    };
    await expect(installOrUpgrade(owner, broken)).rejects.toThrow(/division by zero/);
    expect(await tables('broken_')).toEqual([]);
    expect(await recorded('broken')).toEqual([]);
    expect((await readInstallations(owner)).has('broken')).toBe(false);
  });

  it('upgrades with only the new steps, and never downgrades', async () => {
    expect(await installOrUpgrade(owner, version('1.0.0'))).toMatchObject({ outcome: 'installed', applied: [createNotes.name] });
    expect(await installOrUpgrade(owner, version('1.0.0'))).toMatchObject({ outcome: 'current', applied: [] });
    const upgrade = await installOrUpgrade(owner, version('1.1.0', [createNotes, addTags]));
    expect(upgrade).toMatchObject({ outcome: 'upgraded', from: '1.0.0', to: '1.1.0', applied: [addTags.name] });
    expect(await tables('lc_')).toEqual(['lc_notes', 'lc_tags']);
    await expect(installOrUpgrade(owner, version('1.0.5', [createNotes]))).rejects.toThrow(/never downgraded/);
    expect((await readInstallations(owner)).get('lifecycle')).toBe('1.1.0');
  });

  it('refuses to uninstall while a company has it enabled, then reverts everything', async () => {
    const company = await signUpCompany(t.app);
    await owner.query(`INSERT INTO tenant_plugins (tenant_id, plugin, enabled, enabled_at) VALUES ($1, 'lifecycle', true, now())`, [
      company.session.tenant.id,
    ]);
    const latest = version('1.1.0', [createNotes, addTags]);
    await expect(uninstallPlugin(owner, latest)).rejects.toThrow(/enabled in 1 tenant/);
    expect(await tables('lc_')).toEqual(['lc_notes', 'lc_tags']);

    await owner.query(`UPDATE tenant_plugins SET enabled = false WHERE plugin = 'lifecycle'`);
    expect(await uninstallPlugin(owner, latest)).toEqual([addTags.name, createNotes.name]);
    expect(await tables('lc_')).toEqual([]);
    expect(await recorded('lifecycle')).toEqual([]);
    expect((await readInstallations(owner)).has('lifecycle')).toBe(false);
    expect((await owner.query(`SELECT 1 FROM tenant_plugins WHERE plugin = 'lifecycle'`)).rowCount).toBe(0);
  });
});

describe('a forced uninstall', () => {
  it('exports every company’s data first, and uninstalls nothing when the export cannot be saved', async () => {
    const forced = { ...version('2.0.0', [createNotes]), name: 'forced' };
    expect((await installOrUpgrade(owner, forced)).outcome).toBe('installed');
    expect((await owner.query(`SELECT tables FROM plugin_installations WHERE name = 'forced'`)).rows[0].tables).toEqual(['lc_notes']);
    const [first, second] = [await signUpCompany(t.app), await signUpCompany(t.app, '第二家')];
    for (const company of [first, second]) {
      await owner.query(`INSERT INTO tenant_plugins (tenant_id, plugin, enabled, enabled_at) VALUES ($1, 'forced', true, now())`, [
        company.session.tenant.id,
      ]);
    }
    await owner.query('INSERT INTO lc_notes (id) VALUES (1), (2)');
    await expect(uninstallPlugin(owner, forced)).rejects.toThrow(/enabled in 2 tenant/);

    const unsaved = { saveExport: async () => Promise.reject(new Error('disk full')) };
    await expect(uninstallPlugin(owner, forced, unsaved)).rejects.toThrow(/disk full/);
    expect(await tables('lc_')).toEqual(['lc_notes']);
    expect((await readInstallations(owner)).get('forced')).toBe('2.0.0');

    const exports: PluginDataExport[] = [];
    expect(await uninstallPlugin(owner, forced, { saveExport: async (data) => void exports.push(data) })).toEqual([createNotes.name]);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ plugin: 'forced', version: '2.0.0', tables: { lc_notes: [{ id: 1 }, { id: 2 }] } });
    expect(exports[0]?.companies.map((c) => c.tenantId).sort()).toEqual([first.session.tenant.id, second.session.tenant.id].sort());
    expect(await tables('lc_')).toEqual([]);
    expect((await readInstallations(owner)).has('forced')).toBe(false);
  });
});

describe('discovering plugins', () => {
  it('loads each workspace folder’s entry and reports one that cannot be loaded, without failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-plugins-'));
    try {
      const plugin = (name: string, source: string) => {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'package.json'), JSON.stringify({ name: `@acme/plugin-${name}`, exports: { '.': './entry.mjs' } }));
        writeFileSync(join(dir, name, 'entry.mjs'), source);
      };
      plugin('good', `export default { name: 'good', version: '1.0.0', core: '^0.1', title: { 'zh-CN': '好', 'en-US': 'Good' } };`);
      plugin('broken', 'export default {{ not javascript');
      mkdirSync(join(dir, 'not-a-package'));
      const { candidates, problems } = await discoverPlugins(dir);
      expect(candidates.map((c) => [c.source, (c.definition as { name: string }).name])).toEqual([['plugins/good', 'good']]);
      expect(problems).toEqual([expect.objectContaining({ plugin: 'plugins/broken', code: 'load-failed' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
