import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../core/marketplace/clock.ts';
import { runPluginJob } from '../../../../core/plugin-runtime/plugin-jobs.ts';
import { regionAudiencePlugin } from '../../../../tests/fixtures/region-audience-plugin.ts';
import { type InvitedMember, inviteMember, updateMemberAccess } from '../../../../tests/support/members.ts';
import { enablePlugin } from '../../../../tests/support/plugins.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../../../../tests/support/test-client.ts';
import announcements from '../../index.ts';

const api = '/api/p/announcements/announcements';
const clock = new ManualClock(new Date('2026-12-01T01:00:00Z'));
const feed = '/api/p/announcements/feed';

let t: TestApp;
let owner: SignedUp;
let sales: InvitedMember;
let finance: InvitedMember;
let salesDepartment = '';

interface AnnouncementView {
  id: string;
  title: string;
  body: string;
  status: string;
  recipientCount: number;
  readCount: number;
  publishedAt: string | null;
}

async function department(name: string): Promise<string> {
  const created = await owner.client.post('/api/departments', { name });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

async function draft(body: Record<string, unknown>): Promise<AnnouncementView> {
  const created = await owner.client.post(api, body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

async function publish(id: string): Promise<AnnouncementView> {
  const published = await owner.client.post(`${api}/${id}/actions/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

const inbox = async (client: TestClient) =>
  (await client.get('/api/messages?pageSize=100')).json<{ items: { title: string; body: string; link: string | null }[] }>().items;
const runJob = () => runPluginJob(t.app, t.ownerUrl, announcements, 'publish-due', announcements.jobs['publish-due']);

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [announcements, regionAudiencePlugin], { clock });
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'announcements');
  salesDepartment = await department('销售部');
  const financeDepartment = await department('财务部');
  sales = await inviteMember(owner.client, 'member', '销售小王');
  finance = await inviteMember(owner.client, 'member', '财务小李');
  await updateMemberAccess(owner.client, sales.userId, { departmentIds: [salesDepartment] });
  await updateMemberAccess(owner.client, finance.userId, { departmentIds: [financeDepartment] });
});
afterAll(() => t.close());

describe('announcements', () => {
  it('stores rich text sanitized: no script, handler, javascript: URL or SVG survives', async () => {
    const created = await draft({
      title: '安全测试',
      body: [
        '<p>正文<strong>加粗</strong><script>alert(1)</script></p>',
        '<img src="x" onerror="alert(2)"><img src="https://cdn.example.com/a.png" onload="alert(3)">',
        '<a href="javascript:alert(4)">坏链接</a><a href="https://example.com/doc">好链接</a>',
        '<svg><script>alert(5)</script><circle onload="alert(6)"/></svg><iframe src="https://evil.example"></iframe>',
        '<a href="JaVaScRiPt&colon;alert(7)">变体</a><p style="background:url(javascript:alert(8))">样式</p>',
      ].join(''),
    });
    const stored = (await owner.client.get(`${api}/${created.id}`)).json<AnnouncementView>().body;
    for (const bad of ['<script', 'onerror', 'onload', 'javascript', 'JaVaScRiPt', '<svg', '<iframe', 'style=', 'alert(']) {
      expect(stored, bad).not.toContain(bad);
    }
    expect(stored).toContain('<strong>加粗</strong>');
    expect(stored).toContain('<img src="https://cdn.example.com/a.png" />');
    expect(stored).toContain('<a href="https://example.com/doc" rel="noopener noreferrer nofollow" target="_blank">好链接</a>');
  });

  it('publishes to a department: its members are notified and can open it, others cannot', async () => {
    const created = await draft({ title: '销售例会通知', body: '<p>周五 <b>下午三点</b> 例会</p>', audience: { departments: [salesDepartment] } });
    expect(created).toMatchObject({ status: 'draft', recipientCount: 0, audience: { departments: [salesDepartment] } });
    expect((await owner.client.get(`${api}/${created.id}`)).json().audience).toEqual({ departments: [salesDepartment] });
    expect((await sales.client.get(`${feed}/${created.id}`)).statusCode).toBe(404);

    const published = await publish(created.id);
    expect(published).toMatchObject({ status: 'published', recipientCount: 1, readCount: 0 });
    expect(published.publishedAt).not.toBeNull();

    const [message] = await inbox(sales.client);
    expect(message).toMatchObject({ title: '通告：销售例会通知', body: '周五 下午三点 例会', link: `/m/announcements/read?id=${created.id}` });
    expect((await inbox(finance.client)).map((m) => m.title)).not.toContain('通告：销售例会通知');
    expect((await finance.client.get(`${feed}/${created.id}`)).statusCode).toBe(404);
    expect((await finance.client.get(feed)).json().total).toBe(0);

    const opened = await sales.client.get(`${feed}/${created.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ title: '销售例会通知', body: '<p>周五 <b>下午三点</b> 例会</p>' });
    expect(opened.json().readAt).not.toBeNull();
    await sales.client.get(`${feed}/${created.id}`);
    const readers = (await owner.client.get(`${api}/${created.id}/readers`)).json();
    expect(readers).toMatchObject({ recipientCount: 1, readCount: 1, total: 1 });
    expect(readers.items).toEqual([{ userId: sales.userId, readAt: opened.json().readAt }]);
    expect((await sales.client.get(feed)).json().items).toEqual([expect.objectContaining({ id: created.id, readAt: opened.json().readAt })]);
  });

  it('keeps a published announcement as sent: it cannot be edited or published twice, and a withdrawn one cannot be opened', async () => {
    const created = await draft({ title: '全员通知', audience: { all: true } });
    expect((await publish(created.id)).recipientCount).toBe(3);
    const edit = await owner.client.patch(`${api}/${created.id}`, { title: '改标题' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'resource-not-editable', title: '不可修改' });
    expect((await owner.client.delete(`${api}/${created.id}`)).json()).toMatchObject({ code: 'resource-not-deletable' });
    expect((await owner.client.post(`${api}/${created.id}/actions/publish`)).json().code).toBe('resource-action-unavailable');

    expect((await finance.client.get(`${feed}/${created.id}`)).statusCode).toBe(200);
    const withdrawn = await owner.client.post(`${api}/${created.id}/actions/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await finance.client.get(`${feed}/${created.id}`)).statusCode).toBe(404);
    expect((await owner.client.delete(`${api}/${created.id}`)).statusCode).toBe(204);
  });

  it('refuses to publish without an audience, and checks audience kinds and dates on the way in', async () => {
    const empty = await draft({ title: '没有范围' });
    const refused = await owner.client.post(`${api}/${empty.id}/actions/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'announcements-audience-empty' });
    expect((await owner.client.get(`${api}/${empty.id}`)).json().status).toBe('draft');

    const unknownKind = await owner.client.post(api, { title: '错误范围', audience: { planets: ['mars'] } });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().errors).toEqual([expect.objectContaining({ pointer: '/body/audience/planets' })]);
    const backwards = await owner.client.post(api, {
      title: '时间颠倒',
      publishAt: '2030-01-02T00:00:00Z',
      expireAt: '2030-01-01T00:00:00Z',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ pointer: '/body/expireAt' })]);
    const member = await sales.client.post(api, { title: '越权发布' });
    expect(member.statusCode).toBe(403);
  });

  it('publishes a scheduled announcement when it is due and expires it when it is over', async () => {
    const hour = 3_600_000;
    const publishAt = new Date(clock.now().getTime() + hour);
    const expireAt = new Date(publishAt.getTime() + 24 * hour);
    const created = await draft({ title: '定时通告', audience: { departments: [salesDepartment] }, publishAt: publishAt.toISOString(), expireAt: expireAt.toISOString() });
    expect((await publish(created.id)).status).toBe('scheduled');
    // a company with the module and nothing due is not visited by the job at all
    const idle = await signUpCompany(t.app, '无待办公司');
    await enablePlugin(idle.client, 'announcements');
    expect(await runJob()).toBe(0);
    expect((await owner.client.get(`${api}/${created.id}`)).json().status).toBe('scheduled');
    expect((await inbox(sales.client)).map((m) => m.title)).not.toContain('通告：定时通告');

    clock.advanceDays(1 / 24);
    expect(await runJob()).toBe(1);
    expect((await owner.client.get(`${api}/${created.id}`)).json()).toMatchObject({
      status: 'published',
      recipientCount: 1,
      publishedAt: publishAt.toISOString(),
    });
    expect((await inbox(sales.client)).map((m) => m.title)).toContain('通告：定时通告');

    clock.advanceDays(1);
    expect(await runJob()).toBe(1);
    expect((await owner.client.get(`${api}/${created.id}`)).json().status).toBe('expired');
    expect(await runJob()).toBe(0);
    expect((await sales.client.get(`${feed}/${created.id}`)).json().status).toBe('expired');
  });

  it('reaches audiences other plugins add through its extension point, only while they are enabled', async () => {
    const refused = await owner.client.post(api, { title: '区域通告', audience: { regions: ['east'] } });
    expect(refused.statusCode).toBe(400);
    await enablePlugin(owner.client, 'fixture-regions');
    expect((await owner.client.post('/api/p/fixture-regions/members', { region: 'east', userId: finance.userId })).statusCode).toBe(201);
    const created = await draft({ title: '区域通告', audience: { regions: ['east'] } });
    expect((await publish(created.id)).recipientCount).toBe(1);
    expect((await inbox(finance.client)).map((m) => m.title)).toContain('通告：区域通告');
    expect((await inbox(sales.client)).map((m) => m.title)).not.toContain('通告：区域通告');
  });
});

describe('the sign-in page', () => {
  it('shows a company’s pinned, published announcements to anyone who names the company, and nothing else', async () => {
    const pinned = '/api/p/announcements/pinned';
    const slug = owner.session.tenant.slug;
    const shown = await draft({ title: '系统维护公告', body: '<p>今晚停机<script>x()</script></p>', pinned: true, audience: { all: true } });
    await publish(shown.id);
    await draft({ title: '未发布的置顶', pinned: true, audience: { all: true } });
    const answer = await t.app.inject({ method: 'GET', url: `${pinned}?tenant=${slug}` });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().items).toEqual([expect.objectContaining({ title: '系统维护公告', body: '<p>今晚停机</p>' })]);

    const other = await signUpCompany(t.app, '未启用公司');
    for (const url of [`${pinned}?tenant=${other.session.tenant.slug}`, `${pinned}?tenant=no-such-company`, pinned, `${pinned}?tenant=../x`]) {
      const refused = await t.app.inject({ method: 'GET', url });
      expect(refused.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(refused.statusCode, url).toBeLessThan(500);
      expect(refused.body).not.toContain('系统维护公告');
    }
    expect((await t.app.inject({ method: 'GET', url: `${pinned}?tenant=${other.session.tenant.slug}` })).statusCode).toBe(404);
  });
});

describe('announcements across companies', () => {
  it('never reach or show another company’s members', async () => {
    const other = await signUpCompany(t.app, '另一家公司');
    await enablePlugin(other.client, 'announcements');
    const created = (await other.client.post(api, { title: '别家通告', audience: { all: true, departments: [salesDepartment] } })).json();
    const published = (await other.client.post(`${api}/${created.id}/actions/publish`)).json();
    expect(published.recipientCount).toBe(1);
    expect((await sales.client.get(`${feed}/${created.id}`)).statusCode).toBe(404);
    expect((await owner.client.get(`${api}/${created.id}`)).statusCode).toBe(404);
    expect((await owner.client.get(`${api}/${created.id}/readers`)).statusCode).toBe(404);
  });
});
