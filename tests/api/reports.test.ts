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
});
