import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { createRole, inviteMember, type InvitedMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let clerk: InvitedMember;
let formKey: string;

interface Problem {
  code: string;
  errors?: { pointer: string }[];
}
interface Run {
  report: { id: string; title: string; chart: { type: string } };
  result: { rows: unknown[][] };
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin]);
  owner = await signUpCompany(t.app);
  const form = await owner.client.post('/api/forms', {
    title: '客户反馈',
    schema: { type: 'object', properties: { score: { type: 'integer', title: '评分', minimum: 1, maximum: 5 } }, required: ['score'] },
  });
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  formKey = `form.${formId}`;
  // a clerk may read reports and their own submissions only
  await createRole(owner.client, 'report-reader', [
    { action: 'read', subject: 'Report' },
    { action: 'read', subject: 'Form' },
    { action: 'create', subject: 'FormSubmission' },
    { action: 'read', subject: 'FormSubmission', conditions: { submitterId: '${user.id}' } },
  ]);
  clerk = await inviteMember(owner.client, 'member', '客服小李');
  await updateMemberAccess(owner.client, clerk.userId, { roles: ['report-reader'] });
  for (const [client, score] of [
    [owner.client, 5],
    [owner.client, 3],
    [clerk.client, 4],
  ] as const) {
    expect((await client.post(`/api/forms/${formId}/submissions`, { data: { score } })).statusCode).toBe(201);
  }
});
afterAll(() => t.close());

describe('saved reports (报表)', () => {
  it('are saved only when their author could run them, and run with the access of whoever runs them', async () => {
    const body = {
      title: '反馈评分',
      dataset: formKey,
      query: { measures: [{ op: 'count' }, { op: 'avg', field: 'data.score' }] },
      chart: { type: 'kpi' },
    };
    const bad: [Record<string, unknown>, string][] = [
      [{ ...body, dataset: 'form.00000000-0000-7000-8000-000000000000' }, '/body/dataset'],
      [{ ...body, query: { measures: [{ op: 'sum', field: 'data.nope' }] } }, '/body/query/measures/0/field'],
      [{ ...body, chart: { type: 'radar' } }, '/body/chart/type'],
    ];
    for (const [payload, pointer] of bad) {
      const response = await owner.client.post('/api/reports', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect((response.json<Problem>().errors ?? []).map((e) => e.pointer)).toContain(pointer);
    }
    expect((await owner.client.get('/api/reports')).json<{ total: number }>().total).toBe(0);

    const saved = await owner.client.post('/api/reports', body);
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json<{ id: string }>().id;
    const list = (await clerk.client.get('/api/reports')).json<{ items: { id: string; title: string }[] }>();
    expect(list.items).toEqual([expect.objectContaining({ id, title: '反馈评分' })]);

    const ownerRun = (await owner.client.post(`/api/reports/${id}/run`)).json<Run>();
    expect(ownerRun.report.chart.type).toBe('kpi');
    expect(ownerRun.result.rows).toEqual([[3, 4]]);
    // the same report totals only the clerk's own submission for the clerk
    const clerkRun = await clerk.client.post(`/api/reports/${id}/run`);
    expect(clerkRun.statusCode, clerkRun.body).toBe(200);
    expect(clerkRun.json<Run>().result.rows).toEqual([[1, 4]]);

    expect((await clerk.client.post('/api/reports', body)).statusCode).toBe(403);
    expect((await clerk.client.patch(`/api/reports/${id}`, { title: '改' })).statusCode).toBe(403);
    const renamed = await owner.client.patch(`/api/reports/${id}`, { title: '客户反馈评分', chart: { type: 'bar', options: { stacked: true } } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<{ title: string; chart: unknown }>()).toMatchObject({ title: '客户反馈评分', chart: { type: 'bar', options: { stacked: true } } });

    const other = await signUpCompany(t.app, '华北贸易有限公司');
    expect((await other.client.post(`/api/reports/${id}/run`)).statusCode).toBe(404);
    expect((await owner.client.delete(`/api/reports/${id}`)).statusCode).toBe(204);
    expect((await owner.client.get(`/api/reports/${id}`)).statusCode).toBe(404);
  });

  it('say so when their dataset is no longer available to the reader', async () => {
    await enablePlugin(owner.client, 'fixture-leads');
    const saved = await owner.client.post('/api/reports', {
      title: '线索阶段',
      dataset: 'fixture-leads.leads',
      query: { dimensions: [{ field: 'stage' }], measures: [{ op: 'count' }] },
      chart: { type: 'pie' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json<{ id: string }>().id;
    expect((await owner.client.post(`/api/reports/${id}/run`)).statusCode).toBe(200);
    // the clerk may read reports but not leads
    const unavailable = await clerk.client.post(`/api/reports/${id}/run`);
    expect(unavailable.statusCode).toBe(409);
    expect(unavailable.json<Problem>().code).toBe('report-dataset-unavailable');
  });

  it('compare a KPI with the previous period when asked to', async () => {
    // one of the owner's two submissions moves to last month (company time, Asia/Shanghai)
    const db = new pg.Client({ connectionString: t.ownerUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE form_submissions SET submitted_at = date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai' - interval '2 days'
          WHERE id = (SELECT id FROM form_submissions WHERE (data->>'score')::int = 3)`,
      );
    } finally {
      await db.end();
    }
    const kpi = async (options?: Record<string, string>) => {
      const saved = await owner.client.post('/api/reports', {
        title: '本月反馈',
        dataset: formKey,
        query: { measures: [{ op: 'count' }], filters: [{ field: 'submittedAt', op: 'within', value: 'this-month' }] },
        chart: { type: 'kpi', ...(options ? { options } : {}) },
      });
      expect(saved.statusCode, saved.body).toBe(201);
      return (await owner.client.post(`/api/reports/${saved.json<{ id: string }>().id}/run`)).json<{ result: { rows: unknown[][]; previous?: { rows: unknown[][] } } }>();
    };
    const compared = await kpi({ compare: 'previous-period' });
    expect(compared.result.rows).toEqual([[2]]);
    expect(compared.result.previous?.rows).toEqual([[1]]);
    expect((await kpi()).result.previous).toBeUndefined();
  });

  it('show the records behind their numbers, under the reader’s data scope, a page at a time', async () => {
    const saved = await owner.client.post('/api/reports', {
      title: '评分分布',
      dataset: formKey,
      query: { dimensions: [{ field: 'data.score' }], measures: [{ op: 'count' }], filters: [{ field: 'data.score', op: 'gte', value: 4 }] },
      chart: { type: 'bar' },
    });
    const id = saved.json<{ id: string }>().id;
    type Records = { columns: { field: string; title: string }[]; rows: unknown[][]; total: number; page: number; pageSize: number };
    const records = async (client: typeof owner.client, body: Record<string, unknown>) => client.post(`/api/reports/${id}/records`, body);
    // the report's own filter (score ≥ 4) and the clicked value
    const all = (await records(owner.client, {})).json<Records>();
    expect(all.total).toBe(2);
    expect(all.columns.map((column) => column.field)).toEqual(['submittedAt', 'status', 'submitterId', 'version', 'data.score']);
    const scoreAt = all.columns.findIndex((column) => column.field === 'data.score');
    expect(all.rows.map((row) => row[scoreAt]).sort()).toEqual([4, 5]);
    const clicked = (await records(owner.client, { filters: [{ field: 'data.score', op: 'eq', value: 5 }] })).json<Records>();
    expect(clicked.rows.map((row) => row[scoreAt])).toEqual([5]);
    const paged = (await records(owner.client, { page: 2, pageSize: 1 })).json<Records>();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.rows).toHaveLength(1);
    // the clerk sees only their own submission behind the same report
    const theirs = (await records(clerk.client, {})).json<Records>();
    expect(theirs.total).toBe(1);
    expect(theirs.rows[0]?.[scoreAt]).toBe(4);

    const bad = await records(owner.client, { filters: [{ field: 'data.nope', op: 'eq', value: 1 }], pageSize: 20 });
    expect(bad.statusCode).toBe(400);
    expect((bad.json<Problem>().errors ?? []).map((e) => e.pointer)).toContain('/body/filters/0/field');
    expect((await records(owner.client, { pageSize: 101 })).statusCode).toBe(400);
  });
});
