import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { signUpCompany } from '../support/test-client.ts';

const token = 'op-0123456789abcdef0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'tessera-operator-'));
let t: TestApp;
let plain: TestApp;
let owner: pg.Client;

beforeAll(async () => {
  [t, plain] = await Promise.all([
    createTestApp(import.meta.filename, { TESSERA_OPERATOR_TOKEN: token, TESSERA_DATA_DIR: dataDir }),
    createTestApp(import.meta.filename),
  ]);
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await Promise.all([t.close(), plain.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const asOperator = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
const announcementsRow = async () =>
  (await asOperator('GET', '/api/operator/plugins')).json<{ items: { name: string; installedVersion: string | null; enabledIn: number }[] }>()
    .items.find((item) => item.name === 'announcements');

describe('the operator API', () => {
  it('takes no bearer token when none is configured, and lets no one else in', async () => {
    expect((await plain.app.inject({ method: 'GET', url: '/api/operator/plugins', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const company = await signUpCompany(t.app);
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${token}x` }, { cookie: company.client.credentials.cookie ?? '' }]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/operator/plugins', headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('installs a plugin, refuses to uninstall it while a company uses it, and force-uninstalls it after exporting the data', async () => {
    expect(await announcementsRow()).toMatchObject({ installedVersion: null, enabledIn: 0 });
    const installed = await asOperator('POST', '/api/operator/plugins/announcements/install');
    expect(installed.statusCode, installed.body).toBe(200);
    expect(installed.json()).toMatchObject({ results: [{ plugin: 'announcements', outcome: 'installed' }], restartRequired: true });
    expect(await announcementsRow()).toMatchObject({ installedVersion: '1.1.0' });

    const company = await signUpCompany(t.app, '在用公司');
    await owner.query(`INSERT INTO tenant_plugins (tenant_id, plugin, enabled, enabled_at) VALUES ($1, 'announcements', true, now())`, [
      company.session.tenant.id,
    ]);
    await owner.query(
      `INSERT INTO announcements (tenant_id, id, title, author_id) VALUES ($1, gen_random_uuid(), '要导出的通告', $2)`,
      [company.session.tenant.id, company.session.user.id],
    );
    expect(await announcementsRow()).toMatchObject({ enabledIn: 1 });

    const refused = await asOperator('POST', '/api/operator/plugins/announcements/uninstall', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'plugin-lifecycle-refused' });
    expect(refused.json().detail).toContain('enabled in 1 tenant');

    const forced = await asOperator('POST', '/api/operator/plugins/announcements/uninstall', { force: true });
    expect(forced.statusCode, forced.body).toBe(200);
    const { exportFile } = forced.json<{ exportFile: string }>();
    expect(existsSync(exportFile)).toBe(true);
    const exported = JSON.parse(readFileSync(exportFile, 'utf8'));
    expect(exported.companies).toEqual([expect.objectContaining({ tenantId: company.session.tenant.id, enabled: true })]);
    expect(exported.tables.announcements).toEqual([expect.objectContaining({ title: '要导出的通告' })]);
    expect(Object.keys(exported.tables).sort()).toEqual(['announcement_recipients', 'announcements']);
    expect(await announcementsRow()).toMatchObject({ installedVersion: null, enabledIn: 0 });
    expect((await owner.query(`SELECT to_regclass('announcements') AS t`)).rows[0].t).toBeNull();
  });

  it('answers unknown plugins and bad bodies with problems', async () => {
    expect((await asOperator('POST', '/api/operator/plugins/no-such-plugin/install')).statusCode).toBe(404);
    expect((await asOperator('POST', '/api/operator/plugins/Bad_Name/install')).statusCode).toBe(400);
    expect((await asOperator('POST', '/api/operator/plugins/announcements/uninstall', { force: 'yes', extra: 1 })).statusCode).toBe(400);
  });
});
