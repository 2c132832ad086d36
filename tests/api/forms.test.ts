import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { type InvitedMember, inviteMember } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

const clock = new ManualClock(new Date('2026-12-01T02:00:00Z'));
let t: TestApp;
let admin: SignedUp;
let member: InvitedMember;
let colleague: InvitedMember;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [], { clock });
  admin = await signUpCompany(t.app);
  member = await inviteMember(admin.client, 'member', '门店小张');
  colleague = await inviteMember(admin.client, 'member', '门店小刘');
});
afterAll(() => t.close());

const visitReport = {
  type: 'object',
  required: ['store', 'visitors'],
  properties: {
    store: { type: 'string', minLength: 1, maxLength: 60 },
    visitors: { type: 'integer', minimum: 0, maximum: 100000 },
    rating: { type: 'string', enum: ['good', 'fair', 'poor'] },
  },
  additionalProperties: false,
};

async function createForm(body: Record<string, unknown>): Promise<string> {
  const created = await admin.client.post('/api/forms', body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}
const submit = (client: TestClient, formId: string, data: Record<string, unknown>) => client.post(`/api/forms/${formId}/submissions`, { data });
const listOf = async (client: TestClient, formId: string, query = '') => {
  const response = await client.get(`/api/forms/${formId}/submissions${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { id: string; version: number; data: Record<string, unknown>; submitterId: string }[]; total: number }>();
};

describe('a form', () => {
  it('is a draft until published: it cannot be filled in, and only admins create and publish it', async () => {
    const formId = await createForm({ title: '门店巡检报告', schema: visitReport });
    expect((await submit(member.client, formId, { store: '南京西路店', visitors: 120 })).json()).toMatchObject({ code: 'form-not-published' });
    expect((await member.client.post('/api/forms', { title: '越权', schema: visitReport })).statusCode).toBe(403);
    expect((await member.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(403);
    const published = await admin.client.post(`/api/forms/${formId}/publish`);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ version: 1, title: '门店巡检报告' });
    expect((await admin.client.post(`/api/forms/${formId}/publish`)).json()).toMatchObject({ code: 'form-unchanged' });
    // the saved schema is the admin's, with the size caps it lacked added (docs/forms.md)
    const saved = (await member.client.get(`/api/forms/${formId}/versions/1`)).json().schema;
    expect(saved).toMatchObject(visitReport);
    expect(saved.properties.rating.maxLength).toBe(20000);
  });

  it('keeps old submissions valid and readable with their version after the form changes', async () => {
    const formId = await createForm({ title: '客流统计', schema: visitReport });
    await admin.client.post(`/api/forms/${formId}/publish`);
    const first = await submit(member.client, formId, { store: '徐家汇店', visitors: 80, rating: 'good' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, status: 'submitted', submitterId: member.userId });

    const v2 = {
      ...visitReport,
      required: ['store', 'visitors', 'weather'],
      properties: { ...visitReport.properties, rating: { type: 'string', enum: ['good', 'poor'] }, weather: { type: 'string', maxLength: 20 } },
    };
    const changed = await admin.client.patch(`/api/forms/${formId}`, { schema: v2 });
    expect(changed.json()).toMatchObject({ latestVersion: 1, draftChanged: true });
    // members still fill in version 1 until the draft is published
    expect((await submit(member.client, formId, { store: '静安店', visitors: 10 })).json().version).toBe(1);
    await admin.client.post(`/api/forms/${formId}/publish`);
    const refused = await submit(member.client, formId, { store: '静安店', visitors: 10, rating: 'fair' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/data/rating', '/body/data/weather']);
    expect((await submit(member.client, formId, { store: '静安店', visitors: 10, weather: '晴' })).json().version).toBe(2);

    const old = await admin.client.get(`/api/forms/${formId}/submissions/${first.json().id}`);
    expect(old.json()).toMatchObject({ version: 1, data: { store: '徐家汇店', visitors: 80, rating: 'good' } });
    expect((await admin.client.get(`/api/forms/${formId}/versions/1`)).json().schema).toMatchObject(visitReport);
    expect((await listOf(admin.client, formId, '?version=1')).total).toBe(2);
  });

  it('lists submissions filtered and sorted by any field, each member seeing only their own', async () => {
    const formId = await createForm({ title: '门店排行', schema: visitReport });
    await admin.client.post(`/api/forms/${formId}/publish`);
    for (const [client, store, visitors] of [
      [member.client, '一号店', 30],
      [member.client, '二号店', 300],
      [colleague.client, '三号店', 3],
    ] as const) {
      expect((await submit(client, formId, { store, visitors, rating: visitors > 100 ? 'good' : 'fair' })).statusCode).toBe(201);
    }
    expect((await listOf(admin.client, formId, '?sort=-data.visitors')).items.map((s) => s.data['store'])).toEqual(['二号店', '一号店', '三号店']);
    expect((await listOf(admin.client, formId, '?sort=data.visitors')).items.map((s) => s.data['visitors'])).toEqual([3, 30, 300]);
    expect((await listOf(admin.client, formId, '?field=rating&value=good')).items.map((s) => s.data['store'])).toEqual(['二号店']);
    expect((await listOf(admin.client, formId, '?field=store&value=一号店')).total).toBe(1);

    const own = await listOf(member.client, formId);
    expect(own.total).toBe(2);
    expect(new Set(own.items.map((s) => s.submitterId))).toEqual(new Set([member.userId]));
    const theirs = (await listOf(admin.client, formId, `?submitterId=${colleague.userId}`)).items[0]?.id;
    expect((await member.client.get(`/api/forms/${formId}/submissions/${theirs}`)).statusCode).toBe(404);
    for (const query of ['?sort=data.1bad', '?field=a;drop', '?sort=visitors']) {
      expect((await admin.client.get(`/api/forms/${formId}/submissions${query}`)).statusCode, query).toBe(400);
    }
  });

  it('honours its settings: one submission per member, an opening window and submitter roles', async () => {
    const opensAt = new Date(clock.now().getTime() + 86_400_000).toISOString();
    const formId = await createForm({ title: '年度满意度', schema: visitReport, settings: { onePerUser: true, opensAt } });
    await admin.client.post(`/api/forms/${formId}/publish`);
    expect((await submit(member.client, formId, { store: '一号店', visitors: 1 })).json()).toMatchObject({ code: 'form-closed' });
    clock.advanceDays(2);
    expect((await submit(member.client, formId, { store: '一号店', visitors: 1 })).statusCode).toBe(201);
    expect((await submit(member.client, formId, { store: '一号店', visitors: 2 })).json()).toMatchObject({ code: 'form-already-submitted' });

    const managersOnly = await createForm({ title: '店长周报', schema: visitReport, settings: { submitterRoles: ['owner', 'admin'] } });
    await admin.client.post(`/api/forms/${managersOnly}/publish`);
    expect((await submit(member.client, managersOnly, { store: '一号店', visitors: 1 })).statusCode).toBe(403);
    expect((await submit(admin.client, managersOnly, { store: '一号店', visitors: 1 })).statusCode).toBe(201);
  });

  it('moves a submission through review with comments, tells the submitter, and lets it be corrected and deleted', async () => {
    const formId = await createForm({ title: '经销商申请', schema: visitReport });
    await admin.client.post(`/api/forms/${formId}/publish`);
    const submitted = (await submit(member.client, formId, { store: '苏州经销商', visitors: 5 })).json();
    const base = `/api/forms/${formId}/submissions/${submitted.id}`;
    expect((await member.client.post(`${base}/review`, { status: 'approved' })).statusCode).toBe(403);
    expect((await admin.client.post(`${base}/review`, { status: 'reviewed', comment: '资料齐全' })).json().status).toBe('reviewed');
    expect((await admin.client.post(`${base}/review`, { status: 'approved', comment: '同意合作' })).json().status).toBe('approved');
    const again = await admin.client.post(`${base}/review`, { status: 'rejected' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'submission-status-change' });
    const events = (await admin.client.get(`${base}/events`)).json().items;
    expect(events.map((e: { status: string; comment: string }) => [e.status, e.comment])).toEqual([
      ['reviewed', '资料齐全'],
      ['approved', '同意合作'],
    ]);
    const inbox = (await member.client.get('/api/messages?category=form')).json().items;
    expect(inbox[0]).toMatchObject({ title: '「经销商申请」已通过', body: '同意合作' });

    expect((await admin.client.patch(base, { data: { store: '苏州经销商', visitors: -1 } })).statusCode).toBe(400);
    expect((await member.client.patch(base, { data: { store: '改', visitors: 1 } })).statusCode).toBe(403);
    const corrected = await admin.client.patch(base, { data: { store: '苏州经销商（吴中）', visitors: 5 } });
    expect(corrected.json().data.store).toBe('苏州经销商（吴中）');
    const audit = (await admin.client.get('/api/audit-log?pageSize=100')).json().items;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'form.submission.update', recordId: submitted.id }));
    expect((await member.client.delete(base)).statusCode).toBe(403);
    expect((await admin.client.delete(base)).statusCode).toBe(204);
    expect((await admin.client.get(base)).statusCode).toBe(404);
  });

  it('exports the submissions a reader may see as CSV and XLSX, with every version’s fields', async () => {
    const formId = await createForm({
      title: '导出测试',
      schema: { ...visitReport, properties: { ...visitReport.properties, store: { ...visitReport.properties.store, title: '门店' } } },
    });
    await admin.client.post(`/api/forms/${formId}/publish`);
    await submit(member.client, formId, { store: '=HYPERLINK("x")', visitors: 7, rating: 'good' });
    const csv = await admin.client.get(`/api/forms/${formId}/submissions/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('门店');
    expect(csv.body).toContain(`'=HYPERLINK`);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/forms/${formId}/submissions/export?format=xlsx`, headers: { cookie: admin.client.credentials.cookie ?? '' } });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(5).value).toBe('门店');
    expect(sheet?.getRow(2).getCell(6).value).toBe(7);
    expect(sheet?.rowCount).toBe(2);
    expect((await member.client.get(`/api/forms/${formId}/submissions/export`)).statusCode).toBe(403);
  });

  it('refuses a hostile schema before saving it, with where and why', async () => {
    for (const [schema, pointer] of [
      [{ type: 'object', properties: { a: { $ref: 'https://evil.example/schema.json' } } }, '/body/schema/properties/a/$ref'],
      [{ type: 'object', properties: { a: { type: 'string', pattern: '(a+)+\\1' } } }, '/body/schema/properties/a/pattern'],
    ] as const) {
      const refused = await admin.client.post('/api/forms', { title: '恶意表单', schema });
      expect(refused.statusCode, JSON.stringify(schema)).toBe(400);
      expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await admin.client.get('/api/forms?search=恶意')).json().total).toBe(0);
  });

  it('offers an option set’s enabled options, validates by them, and keeps used options from being deleted', async () => {
    const sets = '/api/option-sets';
    const label = (zh: string, en = zh) => ({ 'zh-CN': zh, 'en-US': en });
    expect((await admin.client.post(sets, { key: 'shelf-colors', name: label('货架颜色', 'Shelf colors') })).statusCode).toBe(201);
    for (const [value, zh, en] of [['red', '红色', 'Red'], ['blue', '蓝色', 'Blue'], ['gray', '灰色', 'Gray']] as const) {
      expect((await admin.client.post(`${sets}/shelf-colors/options`, { value, label: label(zh, en) })).statusCode).toBe(201);
    }
    const schema = {
      type: 'object',
      required: ['color'],
      properties: {
        color: { type: 'string', 'x-options': 'shelf-colors' },
        extras: { type: 'array', items: { type: 'string', 'x-options': 'shelf-colors' }, uniqueItems: true },
      },
    };
    const missing = await admin.client.post('/api/forms', { title: '缺分类', schema: { type: 'object', properties: { c: { type: 'string', 'x-options': 'nope' } } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ code: 'unknown-option-set' });

    const formId = await createForm({ title: '陈列检查', schema });
    await admin.client.post(`/api/forms/${formId}/publish`);
    const offered = (await member.client.get(`/api/forms/${formId}/versions/1`)).json().schema.properties.color.oneOf;
    expect(offered).toEqual([
      { const: 'red', title: '红色' },
      { const: 'blue', title: '蓝色' },
      { const: 'gray', title: '灰色' },
    ]);
    expect((await submit(member.client, formId, { color: 'green' })).statusCode).toBe(400);
    expect((await submit(member.client, formId, { color: 'red', extras: ['blue', 'purple'] })).json().errors[0].pointer).toBe('/body/data/extras/1');
    expect((await submit(member.client, formId, { color: 'red', extras: ['blue'] })).statusCode).toBe(201);

    expect((await admin.client.patch(`${sets}/shelf-colors/options/gray`, { disabled: true })).statusCode).toBe(200);
    expect((await member.client.get(`/api/forms/${formId}/versions/1`)).json().schema.properties.color.oneOf).toHaveLength(2);
    expect((await submit(member.client, formId, { color: 'gray' })).statusCode).toBe(400);

    const refused = await admin.client.delete(`${sets}/shelf-colors/options/blue`);
    expect(refused.json()).toMatchObject({ code: 'option-in-use' });
    expect(refused.json().detail).toContain('1');
    expect((await admin.client.delete(`${sets}/shelf-colors`)).json()).toMatchObject({ code: 'option-set-in-use' });
    expect((await admin.client.delete(`${sets}/shelf-colors/options/gray`)).statusCode).toBe(204);
  });

  it('belongs to its company only', async () => {
    const formId = await createForm({ title: '内部表单', schema: visitReport });
    await admin.client.post(`/api/forms/${formId}/publish`);
    const other = await signUpCompany(t.app, '别的公司');
    expect((await other.client.get(`/api/forms/${formId}`)).statusCode).toBe(404);
    expect((await submit(other.client, formId, { store: '外部', visitors: 1 })).statusCode).toBe(404);
    expect((await other.client.get('/api/forms')).json().total).toBe(0);
  });
});
