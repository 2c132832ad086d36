import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { createRole, inviteMember, type InvitedMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let viewer: InvitedMember;
let visitsReport: string;
let leadsReport: string;
// noon on 2026-04-10 in Shanghai
const clock = new ManualClock(new Date('2026-04-10T04:00:00Z'));

interface WidgetRun {
  key: string;
  result?: { rows: unknown[][] };
  problem?: { code: string; title: string };
}
interface Problem {
  errors?: { pointer: string }[];
}

async function saveReport(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const response = await client.post('/api/reports', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function run(client: TestClient, id: string, filters: Record<string, unknown> = {}): Promise<Record<string, WidgetRun>> {
  const response = await client.post(`/api/dashboards/${id}/run`, { filters });
  expect(response.statusCode, response.body).toBe(200);
  return Object.fromEntries(response.json<{ widgets: WidgetRun[] }>().widgets.map((widget) => [widget.key, widget]));
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin], { clock });
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'fixture-leads');
  const form = await owner.client.post('/api/forms', {
    title: '门店拜访',
    schema: {
      type: 'object',
      required: ['region', 'visitedAt'],
      properties: {
        region: { type: 'string', title: '区域', enum: ['east', 'south'] },
        visitedAt: { type: 'string', format: 'date-time', title: '拜访时间' },
      },
    },
  });
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  for (const [region, visitedAt] of [
    ['east', '2026-04-02T09:00:00+08:00'],
    ['east', '2026-03-20T09:00:00+08:00'],
    ['south', '2026-04-08T09:00:00+08:00'],
  ]) {
    expect((await owner.client.post(`/api/forms/${formId}/submissions`, { data: { region, visitedAt } })).statusCode).toBe(201);
  }
  for (const name of ['甲', '乙']) expect((await owner.client.post('/api/p/fixture-leads/leads', { name, stage: 'new' })).statusCode).toBe(201);
  visitsReport = await saveReport(owner.client, {
    title: '拜访次数',
    dataset: `form.${formId}`,
    query: { dimensions: [{ field: 'data.region' }], measures: [{ op: 'count' }] },
    chart: { type: 'bar' },
  });
  leadsReport = await saveReport(owner.client, {
    title: '线索',
    dataset: 'fixture-leads.leads',
    query: { measures: [{ op: 'count' }] },
    chart: { type: 'kpi' },
  });
  await createRole(owner.client, 'area-manager', [
    { action: 'read', subject: 'Dashboard' },
    { action: 'read', subject: 'Report' },
    { action: 'read', subject: 'FormSubmission' },
  ]);
  viewer = await inviteMember(owner.client, 'member', '区域经理');
  await updateMemberAccess(owner.client, viewer.userId, { roles: ['area-manager'] });
});
afterAll(() => t.close());

describe('dashboards (数据看板)', () => {
  const layout = () => ({
    title: '经营看板',
    widgets: [
      { key: 'visits', reportId: visitsReport, x: 0, y: 0, w: 12, h: 6 },
      { key: 'leads', reportId: leadsReport, x: 12, y: 0, w: 12, h: 6 },
    ],
    filters: [
      {
        key: 'period',
        title: '时间',
        type: 'period',
        bindings: [
          { widget: 'visits', field: 'data.visitedAt' },
          { widget: 'leads', field: 'createdAt' },
        ],
      },
      { key: 'region', title: '区域', type: 'value', bindings: [{ widget: 'visits', field: 'data.region' }] },
    ],
    refreshSeconds: 60,
    defaultForRoles: ['area-manager'],
  });

  it('refuse widgets, shared filters and roles that do not fit, pointing at each', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...layout(), widgets: [{ key: 'x', reportId: '00000000-0000-7000-8000-000000000000', x: 0, y: 0, w: 6, h: 4 }], filters: [] }, '/body/widgets/0/reportId'],
      [{ ...layout(), filters: [{ key: 'period', title: '时间', type: 'period', bindings: [{ widget: 'nope', field: 'createdAt' }] }] }, '/body/filters/0/bindings/0/widget'],
      [{ ...layout(), filters: [{ key: 'period', title: '时间', type: 'period', bindings: [{ widget: 'visits', field: 'data.region' }] }] }, '/body/filters/0/bindings/0/field'],
      [{ ...layout(), defaultForRoles: ['ghosts'] }, '/body/defaultForRoles/0'],
      [{ ...layout(), refreshSeconds: 5 }, '/body/refreshSeconds'],
    ];
    for (const [body, pointer] of cases) {
      const response = await owner.client.post('/api/dashboards', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect((response.json<Problem>().errors ?? []).map((e) => e.pointer)).toContain(pointer);
    }
  });

  it('run every widget with the shared filters, open as the home dashboard of its roles, and drill down', async () => {
    const created = await owner.client.post('/api/dashboards', layout());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    const all = await run(owner.client, id);
    expect(all['visits']?.result?.rows).toEqual([
      ['east', 2],
      ['south', 1],
    ]);
    expect(all['leads']?.result?.rows).toEqual([[2]]);
    const thisMonth = await run(owner.client, id, { period: 'this-month', region: 'east' });
    expect(thisMonth['visits']?.result?.rows).toEqual([['east', 1]]);
    // the leads were made on the real date, not in the test clock's April (the filter reached them too)
    expect(thisMonth['leads']?.result?.rows).toEqual([[0]]);
    const thisYear = await run(owner.client, id, { period: 'this-year' });
    expect(thisYear['visits']?.result?.rows).toEqual([
      ['east', 2],
      ['south', 1],
    ]);

    // the area manager opens it first; the leads widget says why they cannot see it, the rest still shows
    const home = await viewer.client.get('/api/dashboards/home');
    expect(home.statusCode, home.body).toBe(200);
    expect(home.json<{ id: string; refreshSeconds: number }>()).toMatchObject({ id, refreshSeconds: 60 });
    const viewed = await run(viewer.client, id, { region: ['east', 'south'] });
    expect(viewed['visits']?.result?.rows).toEqual([
      ['east', 2],
      ['south', 1],
    ]);
    expect(viewed['leads']?.problem).toMatchObject({ code: 'report-dataset-unavailable', title: '报表的数据集不可用' });
    expect((await owner.client.get('/api/dashboards/home')).statusCode).toBe(404);

    // drill down: the east bar, by month
    const drilled = await owner.client.post(`/api/reports/${visitsReport}/run`, {
      filters: [{ field: 'data.region', op: 'eq', value: 'east' }],
      dimensions: [{ field: 'data.visitedAt', grain: 'month' }],
    });
    expect(drilled.statusCode, drilled.body).toBe(200);
    expect(drilled.json<{ result: { rows: unknown[][] } }>().result.rows).toEqual([
      ['2026-03-01', 1],
      ['2026-04-01', 1],
    ]);
    const badDrill = await owner.client.post(`/api/reports/${visitsReport}/run`, { dimensions: [{ field: 'nope' }] });
    expect(badDrill.statusCode).toBe(400);
    expect((badDrill.json<Problem>().errors ?? []).map((e) => e.pointer)).toEqual(['/body/dimensions/0/field']);

    // a deleted report leaves its widget with a problem, not a broken dashboard
    expect((await owner.client.delete(`/api/reports/${leadsReport}`)).statusCode).toBe(204);
    expect((await run(owner.client, id))['leads']?.problem?.code).toBe('report-missing');
    expect((await viewer.client.patch(`/api/dashboards/${id}`, { title: '改' })).statusCode).toBe(403);
    const other = await signUpCompany(t.app, '东北贸易有限公司');
    expect((await other.client.post(`/api/dashboards/${id}/run`, {})).statusCode).toBe(404);
  });
});
