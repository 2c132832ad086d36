import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvitedMember, inviteMember } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let admin: SignedUp;
let member: InvitedMember;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  admin = await signUpCompany(t.app);
  member = await inviteMember(admin.client, 'member', '门店小王');
});
afterAll(() => t.close());

const sets = '/api/option-sets';
const regions: [value: string, label: string, parent: string | null][] = [
  ['east', '华东', null],
  ['shanghai', '上海', 'east'],
  ['pudong', '浦东', 'shanghai'],
  ['minhang', '闵行', 'shanghai'],
  ['south', '华南', null],
];

describe('a form field over a hierarchical option set', () => {
  it('offers the tree with each option’s parent, validates by it, and drops a disabled child', async () => {
    expect((await admin.client.post(sets, { key: 'sales-regions', name: { 'zh-CN': '销售区域' } })).statusCode).toBe(201);
    for (const [value, label, parentValue] of regions) {
      const created = await admin.client.post(`${sets}/sales-regions/options`, { value, label: { 'zh-CN': label }, parentValue });
      expect(created.statusCode, created.body).toBe(201);
    }
    const schema = {
      type: 'object',
      required: ['region'],
      properties: { region: { type: 'string', title: '所在区域', 'x-options': 'sales-regions', 'x-widget': 'cascader' } },
    };
    const created = await admin.client.post('/api/forms', { title: '区域登记', schema });
    expect(created.statusCode, created.body).toBe(201);
    const formId: string = created.json().id;
    expect((await admin.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);

    const region = async () => (await member.client.get(`/api/forms/${formId}/versions/1`)).json().schema.properties.region;
    const offered = await region();
    expect(offered).toMatchObject({ 'x-options': 'sales-regions', 'x-widget': 'cascader' });
    expect(offered.oneOf).toEqual([
      { const: 'east', title: '华东' },
      { const: 'shanghai', title: '上海', 'x-parent': 'east' },
      { const: 'pudong', title: '浦东', 'x-parent': 'shanghai' },
      { const: 'minhang', title: '闵行', 'x-parent': 'shanghai' },
      { const: 'south', title: '华南' },
    ]);

    const submit = (value: string) => member.client.post(`/api/forms/${formId}/submissions`, { data: { region: value } });
    const accepted = await submit('pudong');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().data).toEqual({ region: 'pudong' });
    const refused = await submit('atlantis');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/data/region');

    expect((await admin.client.patch(`${sets}/sales-regions/options/minhang`, { disabled: true })).statusCode).toBe(200);
    expect((await region()).oneOf.map((option: { const: string }) => option.const)).toEqual(['east', 'shanghai', 'pudong', 'south']);
    expect((await submit('minhang')).statusCode).toBe(400);
  });
});
