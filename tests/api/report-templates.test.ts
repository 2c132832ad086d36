import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import announcements from '../../plugins/announcements/index.ts';
import { inviteMember, type InvitedMember } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
let member: InvitedMember;

interface TemplateItem {
  key: string;
  source: string;
  title: string;
  dataset: string;
}
interface Run {
  result: { columns: { key: string; title: string; type: string; op?: string }[]; rows: unknown[][] };
}

const templates = async (client: SignedUp['client']) => (await client.get('/api/report-templates')).json<{ items: TemplateItem[] }>().items;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [announcements]);
  owner = await signUpCompany(t.app);
  other = await signUpCompany(t.app);
  member = await inviteMember(owner.client, 'member', '店员小张');
  const form = await owner.client.post('/api/forms', {
    title: '门店巡检',
    schema: { type: 'object', properties: { score: { type: 'integer', title: '得分' } } },
  });
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  for (const score of [80, 90, 70]) expect((await owner.client.post(`/api/forms/${formId}/submissions`, { data: { score } })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('report templates (报表模板)', () => {
  it('lists the core’s templates, and a module’s only once the company enables it', async () => {
    const before = await templates(owner.client);
    expect(before.map((item) => item.key)).toEqual(
      expect.arrayContaining(['core.submissions-by-month', 'core.submissions-by-form', 'core.audit-by-day', 'core.audit-by-subject']),
    );
    expect(before.some((item) => item.source === 'announcements')).toBe(false);
    expect(before.find((item) => item.key === 'core.submissions-by-month')).toMatchObject({ title: '表单提交趋势', dataset: 'core.form-submissions' });

    await enablePlugin(owner.client, 'announcements');
    const after = await templates(owner.client);
    expect(after.find((item) => item.key === 'announcements.reads-by-month')).toMatchObject({ title: '通告阅读统计', dataset: 'announcements.announcements' });
    // in English for a reader who chose English
    expect((await other.client.patch('/api/auth/profile', { locale: 'en-US' })).statusCode).toBe(200);
    expect((await templates(other.client)).find((item) => item.key === 'core.submissions-by-month')?.title).toBe('Form submissions by month');
  });

  it('copies a template into a report of the company’s own that runs and can be edited', async () => {
    const copied = await owner.client.post('/api/report-templates/core.submissions-by-form/copy', {});
    expect(copied.statusCode, copied.body).toBe(201);
    const report = copied.json<{ id: string; title: string; dataset: string }>();
    expect(report).toMatchObject({ title: '各表单提交与审核', dataset: 'core.form-submissions' });
    const run = (await owner.client.post(`/api/reports/${report.id}/run`)).json<Run>();
    // one form, three submitted submissions: the form shows by its title
    expect(run.result.rows).toEqual([[expect.any(String), 'submitted', 3]]);
    const formColumn = run.result.columns[0] as { labels?: Record<string, string> };
    expect(Object.values(formColumn.labels ?? {})).toContain('门店巡检');

    const renamed = await owner.client.patch(`/api/reports/${report.id}`, { title: '我的巡检统计' });
    expect(renamed.json()).toMatchObject({ title: '我的巡检统计' });
    const titled = await owner.client.post('/api/report-templates/core.audit-by-day/copy', { title: '操作量' });
    expect(titled.json()).toMatchObject({ title: '操作量', dataset: 'core.audit-log' });
  });

  it('reports announcement reads with a read rate', async () => {
    const draft = await owner.client.post('/api/p/announcements/announcements', { title: '周例会', body: '<p>周五开会</p>', audience: { all: true } });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    expect((await owner.client.post(`/api/p/announcements/announcements/${id}/actions/publish`)).statusCode).toBe(200);
    // the member reads it; the owner has not
    expect((await member.client.get(`/api/p/announcements/feed/${id}`)).statusCode).toBe(200);
    const copied = await owner.client.post('/api/report-templates/announcements.reads-by-month/copy', {});
    expect(copied.statusCode, copied.body).toBe(201);
    const run = (await owner.client.post(`/api/reports/${copied.json<{ id: string }>().id}/run`)).json<Run>();
    expect(run.result.columns.map((column) => column.type)).toEqual(['time', 'number', 'number', 'number', 'ratio']);
    expect(run.result.rows).toEqual([[expect.stringMatching(/^\d{4}-\d{2}-01$/), 1, 2, 1, 0.5]]);
  });

  it('copies a dashboard template with a report of its own for each widget', async () => {
    const list = (await owner.client.get('/api/dashboard-templates')).json<{ items: { key: string; widgetCount: number }[] }>();
    expect(list.items).toEqual(expect.arrayContaining([{ key: 'core.overview', source: 'core', title: '运营概览', description: expect.any(String), widgetCount: 4 }]));
    // every core template runs: copying the overview saves (and so checks) each of its reports
    const overview = await owner.client.post('/api/dashboard-templates/core.overview/copy', { title: '我的概览' });
    expect(overview.statusCode, overview.body).toBe(201);
    expect(overview.json()).toMatchObject({ dashboard: { title: '我的概览', refreshSeconds: 300 }, reports: [{}, {}, {}, {}] });
    const copied = await owner.client.post('/api/dashboard-templates/announcements.reads/copy', {});
    expect(copied.statusCode, copied.body).toBe(201);
    const { dashboard, reports } = copied.json<{ dashboard: { id: string; widgets: { key: string; reportId: string }[] }; reports: { id: string }[] }>();
    expect(reports).toHaveLength(2);
    expect(dashboard.widgets.map((widget) => widget.reportId).sort()).toEqual(reports.map((report) => report.id).sort());
    const run = (await owner.client.post(`/api/dashboards/${dashboard.id}/run`, {})).json<{ widgets: { key: string; result?: { rows: unknown[][] } }[] }>();
    expect(run.widgets.find((widget) => widget.key === 'rate')?.result?.rows).toEqual([[0.5]]);
  });

  it('keeps templates to who may create reports, to usable datasets and to the company', async () => {
    expect((await member.client.get('/api/report-templates')).statusCode).toBe(403);
    expect((await member.client.post('/api/report-templates/core.audit-by-day/copy', {})).statusCode).toBe(403);
    // the other company has not enabled announcements: its template is not there for it
    expect((await templates(other.client)).some((item) => item.source === 'announcements')).toBe(false);
    const missing = await other.client.post('/api/report-templates/announcements.reads-by-month/copy', {});
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await other.client.post('/api/report-templates/core.nope/copy', {})).statusCode).toBe(404);
    const badKey = await other.client.post('/api/report-templates/..%2Fetc/copy', {});
    expect(badKey.statusCode).toBe(400);
    const badTitle = await other.client.post('/api/report-templates/core.audit-by-day/copy', { title: '' });
    expect(badTitle.statusCode).toBe(400);
    expect((await other.client.get('/api/reports')).json<{ total: number }>().total).toBe(0);
  });
});
