import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { createRole, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
const leads = '/api/p/fixture-leads/leads';

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin]);
  owner = await signUpCompany(t.app);
  other = await signUpCompany(t.app, '另一家公司');
  await enablePlugin(owner.client, 'fixture-leads');
  await enablePlugin(other.client, 'fixture-leads');
});
afterAll(() => t.close());

async function createLead(client: TestClient, name: string): Promise<string> {
  const response = await client.post(leads, { name, stage: 'new' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function publishedForm(client: TestClient, record: string): Promise<string> {
  const schema = {
    type: 'object',
    required: ['lead'],
    properties: {
      lead: { type: 'string', format: 'uuid', 'x-widget': 'record', 'x-record': record },
      more: { type: 'array', maxItems: 5, items: { type: 'string', format: 'uuid', 'x-widget': 'record', 'x-record': record } },
    },
    additionalProperties: false,
  };
  const created = await client.post('/api/forms', { title: '线索回访', schema });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  expect((await client.post(`/api/forms/${id}/publish`)).statusCode).toBe(201);
  return id;
}

const submit = (client: TestClient, formId: string, data: Record<string, unknown>) => client.post(`/api/forms/${formId}/submissions`, { data });
const pointers = (body: { errors?: { pointer: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.pointer} ${e.code}`);

describe('record fields (x-widget: record)', () => {
  it('accepts records of the resource and refuses unknown and another company’s ids with pointers, storing nothing', async () => {
    const formId = await publishedForm(owner.client, 'fixture-leads.leads');
    const mine = await createLead(owner.client, '华东经销商');
    const theirs = await createLead(other.client, '别家经销商');
    expect((await submit(owner.client, formId, { lead: mine, more: [mine] })).statusCode).toBe(201);
    const refused = await submit(owner.client, formId, { lead: theirs, more: [mine, '01900000-0000-7000-8000-000000000000'] });
    expect(refused.statusCode).toBe(400);
    expect(pointers(refused.json())).toEqual(['/body/data/lead record-not-found', '/body/data/more/1 record-not-found']);
    expect((await owner.client.get(`/api/forms/${formId}/submissions`)).json().total).toBe(1);
  });

  it('accepts only records the submitter may read', async () => {
    const formId = await publishedForm(owner.client, 'fixture-leads.leads');
    const role = await createRole(owner.client, 'own-leads', [
      { action: 'read', subject: 'Form' },
      { action: 'create', subject: 'FormSubmission' },
      { action: 'create', subject: 'Lead' },
      { action: 'read', subject: 'Lead', conditions: { ownerId: '${user.id}' } },
    ]);
    const seller = await inviteMember(owner.client, 'member', '销售小王');
    await updateMemberAccess(owner.client, seller.userId, { roles: [role] });
    const own = await createLead(seller.client, '小王的线索');
    const notOwn = await createLead(owner.client, '别人的线索');
    expect((await submit(seller.client, formId, { lead: own })).statusCode).toBe(201);
    expect(pointers((await submit(seller.client, formId, { lead: notOwn })).json())).toEqual(['/body/data/lead record-not-found']);
  });

  it('refuses records of a module the company has not enabled or that does not exist', async () => {
    const lead = await createLead(owner.client, '某线索');
    const unknown = await publishedForm(owner.client, 'no-such.things');
    expect(pointers((await submit(owner.client, unknown, { lead })).json())).toEqual(['/body/data/lead record-not-found']);
    const formId = await publishedForm(owner.client, 'fixture-leads.leads');
    expect((await owner.client.post('/api/plugins/fixture-leads/disable', {})).statusCode).toBe(204);
    try {
      expect(pointers((await submit(owner.client, formId, { lead })).json())).toEqual(['/body/data/lead record-not-found']);
    } finally {
      await enablePlugin(owner.client, 'fixture-leads');
    }
  });
});
