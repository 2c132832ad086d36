import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, type InvitedMember, inviteMember, updateMemberAccess } from '../../../../tests/support/members.ts';
import { enablePlugin } from '../../../../tests/support/plugins.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../../../../tests/support/test-client.ts';
import announcements from '../../index.ts';

const api = '/api/p/announcements/announcements';
const feed = '/api/p/announcements/feed';

let t: TestApp;
let owner: SignedUp;
/** May read 通告 but not its `custom.cost`. */
let clerk: InvitedMember;
/** A plain member: reads what is published to them, and no rule of theirs names 通告. */
let member: InvitedMember;
let announcementId = '';

async function post(client: TestClient, url: string, body: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await client.post(url, body);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

const opened = async (client: TestClient) => (await client.get(`${feed}/${announcementId}`)).json<{ custom: Record<string, unknown> }>().custom;
const listed = async (client: TestClient) =>
  (await client.get(feed)).json<{ items: { id: string; custom: Record<string, unknown> }[] }>().items.find((item) => item.id === announcementId)?.custom;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [announcements]);
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'announcements');
  await post(owner.client, '/api/option-sets', { key: 'store-levels', name: { 'zh-CN': '门店等级' } });
  await post(owner.client, '/api/option-sets/store-levels/options', { value: 'flagship', label: { 'zh-CN': '旗舰店', 'en-US': 'Flagship' } });
  const resource = 'announcements.announcements';
  await post(owner.client, '/api/custom-fields', { resource, key: 'store', title: { 'zh-CN': '负责门店' }, type: 'text' });
  await post(owner.client, '/api/custom-fields', { resource, key: 'level', title: { 'zh-CN': '门店等级' }, type: 'option', optionSet: 'store-levels' });
  await post(owner.client, '/api/custom-fields', { resource, key: 'cost', title: { 'zh-CN': '费用' }, type: 'money' });
  await createRole(owner.client, 'notice-clerk', [
    { action: 'read', subject: 'Announcement' },
    { action: 'read', subject: 'Announcement', fields: ['custom.cost'], inverted: true },
  ]);
  clerk = await inviteMember(owner.client, 'member', '文员小周');
  await updateMemberAccess(owner.client, clerk.userId, { roles: ['member', 'notice-clerk'] });
  member = await inviteMember(owner.client, 'member', '店员小吴');
  const created = await post(owner.client, api, {
    title: '门店巡检通知',
    audience: { all: true },
    custom: { store: 'SH001', level: 'flagship', cost: 12345 },
  });
  announcementId = String(created['id']);
  await post(owner.client, `${api}/${announcementId}/actions/publish`);
});
afterAll(() => t.close());

describe('custom fields in the announcement feed (我的通告)', () => {
  it('are sent with an opened announcement and in the list, each only where the reader may read it', async () => {
    const all = { store: 'SH001', level: 'flagship', cost: 12345 };
    expect(await opened(owner.client)).toEqual(all);
    expect(await listed(owner.client)).toEqual(all);
    // a field rule hides custom.cost from the clerk's role: neither the reader page nor the list has it
    expect(await opened(clerk.client)).toEqual({ store: 'SH001', level: 'flagship' });
    expect(await listed(clerk.client)).toEqual({ store: 'SH001', level: 'flagship' });
    // the audience grants the announcement, not its custom fields: no rule lets a plain member read them
    expect(await opened(member.client)).toEqual({});
    expect(await listed(member.client)).toEqual({});
  });

  it('leave out a disabled field', async () => {
    const fields = (await owner.client.get('/api/custom-fields?resource=announcements.announcements')).json<{ items: { id: string; key: string }[] }>();
    const store = fields.items.find((field) => field.key === 'store');
    expect((await owner.client.patch(`/api/custom-fields/${store?.id}`, { disabled: true })).statusCode).toBe(200);
    expect(await opened(owner.client)).toEqual({ level: 'flagship', cost: 12345 });
  });
});
