import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtInRoleRules } from '../../core/access/built-in-roles.ts';
import { memberReportRules } from '../../core/db/migrations/202611281200-member-report-rules.ts';
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

const added = [
  { action: 'create', subject: 'File' },
  { action: 'read', subject: 'File' },
  { action: 'read', subject: 'Report' },
  { action: 'read', subject: 'Dashboard' },
];

it('gives the member role of companies made before files and reports what a new company’s member starts with', async () => {
  const company = await signUpCompany(t.app);
  const tenantId = company.session.tenant.id;
  const memberRules = async () =>
    (await owner.query<{ rules: unknown[] }>(`SELECT rules FROM roles WHERE tenant_id = $1 AND key = 'member'`, [tenantId])).rows[0]?.rules;
  expect(await memberRules()).toEqual(builtInRoleRules.member);
  // as such a company's member role was: without the newer subjects, and with one rule an admin added
  const older = [...builtInRoleRules.member.filter((rule) => !added.some((a) => a.action === rule.action && a.subject === rule.subject && !rule.conditions)), { action: 'read', subject: 'AuditLog' }];
  await owner.query(`UPDATE roles SET rules = $2::jsonb WHERE tenant_id = $1 AND key = 'member'`, [tenantId, JSON.stringify(older)]);
  await owner.query(memberReportRules.up);
  await owner.query(memberReportRules.up);
  const migrated = await memberRules();
  expect(migrated).toEqual([...older, ...added]);
});
