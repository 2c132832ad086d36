import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { createRole, inviteMember, type InvitedMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let member: InvitedMember;
let formKey: string;
// noon on 2026-04-10 in Shanghai
const clock = new ManualClock(new Date('2026-04-10T04:00:00Z'));

interface Result {
  columns: { key: string; title: string; type: string; labels?: Record<string, string> }[];
  rows: unknown[][];
  truncated: boolean;
}

async function query(client: TestClient, key: string, body: Record<string, unknown>): Promise<Result> {
  const response = await client.post(`/api/datasets/${key}/query`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Result>();
}

async function submit(client: TestClient, formId: string, data: Record<string, unknown>): Promise<void> {
  const response = await client.post(`/api/forms/${formId}/submissions`, { data });
  expect(response.statusCode, response.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin], { clock });
  owner = await signUpCompany(t.app);
  member = await inviteMember(owner.client, 'member', '店员小王');
  expect((await owner.client.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级' } })).statusCode).toBe(201);
  for (const [value, label] of [
    ['vip', '重要客户'],
    ['normal', '普通客户'],
  ]) {
    expect((await owner.client.post('/api/option-sets/visit-levels/options', { value, label: { 'zh-CN': label } })).statusCode).toBe(201);
  }
  const form = await owner.client.post('/api/forms', {
    title: '门店拜访',
    schema: {
      type: 'object',
      required: ['store', 'level', 'amountFen', 'visitedAt'],
      properties: {
        store: { type: 'string', title: '门店' },
        level: { type: 'string', title: '客户等级', 'x-options': 'visit-levels' },
        amountFen: { type: 'integer', title: '订货金额', 'x-widget': 'money' },
        visitedAt: { type: 'string', format: 'date-time', title: '拜访时间' },
      },
    },
  });
  expect(form.statusCode, form.body).toBe(201);
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  formKey = `form.${formId}`;
  await submit(owner.client, formId, { store: '南京西路店', level: 'vip', amountFen: 120000, visitedAt: '2026-03-31T23:30:00+08:00' });
  await submit(owner.client, formId, { store: '淮海路店', level: 'normal', amountFen: 30050, visitedAt: '2026-04-01T00:30:00+08:00' });
  await submit(member.client, formId, { store: '徐家汇店', level: 'vip', amountFen: 50000, visitedAt: '2026-04-15T10:00:00+08:00' });
});
afterAll(() => t.close());

describe('datasets (数据集)', () => {
  it('include every published form, described with its fields and option labels', async () => {
    const list = (await owner.client.get('/api/datasets')).json<{ items: { key: string; title: string; source: string }[] }>();
    expect(list.items).toContainEqual({ key: formKey, title: '门店拜访', source: 'form' });
    const view = (await owner.client.get(`/api/datasets/${formKey}`)).json<{ fields: { key: string; type: string; labels?: unknown }[] }>();
    expect(view.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'data.level', type: 'option', labels: { vip: '重要客户', normal: '普通客户' } }),
        expect.objectContaining({ key: 'data.amountFen', type: 'money' }),
        expect.objectContaining({ key: 'data.visitedAt', type: 'time' }),
        expect.objectContaining({ key: 'status', type: 'option' }),
      ]),
    );
    expect((await owner.client.get(`/api/datasets/form.${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`)).statusCode).toBe(404);
  });

  it('group and total submissions, money in fen, and give two readers with different data scopes different totals', async () => {
    const byLevel = await query(owner.client, formKey, {
      dimensions: [{ field: 'data.level' }],
      measures: [{ op: 'count' }, { op: 'sum', field: 'data.amountFen' }],
    });
    expect(byLevel.columns.map((c) => c.key)).toEqual(['d0', 'm0', 'm1']);
    expect(byLevel.columns[0]?.labels).toEqual({ vip: '重要客户', normal: '普通客户' });
    expect(byLevel.rows).toEqual([
      ['normal', 1, 30050],
      ['vip', 2, 170000],
    ]);
    // a member reads only their own submissions: the same report totals only those
    const mine = await query(member.client, formKey, { measures: [{ op: 'count' }, { op: 'sum', field: 'data.amountFen' }] });
    expect(mine.rows).toEqual([[1, 50000]]);
    const filtered = await query(owner.client, formKey, {
      measures: [{ op: 'count' }],
      filters: [
        { field: 'data.amountFen', op: 'gte', value: 40000 },
        { field: 'data.level', op: 'in', value: ['vip'] },
      ],
    });
    expect(filtered.rows).toEqual([[2]]);
    const sorted = await query(owner.client, formKey, {
      dimensions: [{ field: 'data.store' }],
      measures: [{ op: 'sum', field: 'data.amountFen' }],
      sort: [{ column: 'm0', direction: 'desc' }],
      limit: 2,
    });
    expect(sorted.rows).toEqual([
      ['南京西路店', 120000],
      ['徐家汇店', 50000],
    ]);
    expect(sorted.truncated).toBe(true);
  });

  it('bucket times by month in the company’s time zone', async () => {
    const monthly = { dimensions: [{ field: 'data.visitedAt', grain: 'month' }], measures: [{ op: 'count' }] };
    // 2026-03-31T23:30+08:00 is March in Shanghai, though it is 15:30 on March 31 in UTC
    expect((await query(owner.client, formKey, monthly)).rows).toEqual([
      ['2026-03-01', 1],
      ['2026-04-01', 2],
    ]);
    expect((await owner.client.patch('/api/tenant', { timeZone: 'Etc/GMT+12' })).statusCode).toBe(200);
    // twelve hours behind UTC, 2026-04-01T00:30+08:00 is still March 31
    expect((await query(owner.client, formKey, monthly)).rows).toEqual([
      ['2026-03-01', 2],
      ['2026-04-01', 1],
    ]);
    expect((await owner.client.patch('/api/tenant', { timeZone: 'Asia/Shanghai' })).statusCode).toBe(200);
  });

  it('read a field only from the versions where it had its present type, so older values of another kind never break a report', async () => {
    const created = await owner.client.post('/api/forms', {
      title: '回访记录',
      schema: { type: 'object', properties: { followUp: { type: 'string', title: '回访' } } },
    });
    const formId = created.json<{ id: string }>().id;
    expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
    await submit(owner.client, formId, { followUp: '下周二' });
    const changed = await owner.client.patch(`/api/forms/${formId}`, {
      schema: { type: 'object', properties: { followUp: { type: 'string', format: 'date-time', title: '回访时间' } } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
    await submit(owner.client, formId, { followUp: '2026-05-06T10:00:00+08:00' });
    const result = await query(owner.client, `form.${formId}`, {
      dimensions: [{ field: 'data.followUp', grain: 'month' }],
      measures: [{ op: 'count' }, { op: 'max', field: 'data.followUp' }],
    });
    expect(result.rows).toEqual([
      ['2026-05-01', 1, '2026-05-06T02:00:00.000Z'],
      [null, 1, null],
    ]);
  });

  it('filter by periods relative to now, in the company’s time zone', async () => {
    const within = async (period: string) =>
      (await query(owner.client, formKey, { measures: [{ op: 'count' }], filters: [{ field: 'data.visitedAt', op: 'within', value: period }] })).rows[0]?.[0];
    expect(await within('this-month')).toBe(2);
    expect(await within('last-month')).toBe(1);
    expect(await within('this-quarter')).toBe(2);
    expect(await within('last-quarter')).toBe(1);
    expect(await within('this-year')).toBe(3);
    expect(await within('last-7-days')).toBe(0);
    clock.advanceDays(5);
    expect(await within('last-7-days')).toBe(1);
    expect(await within('today')).toBe(1);
    const unknown = await owner.client.post(`/api/datasets/${formKey}/query`, {
      measures: [{ op: 'count' }],
      filters: [{ field: 'data.visitedAt', op: 'within', value: 'next-century' }],
    });
    expect(unknown.statusCode).toBe(400);
    const notTime = await owner.client.post(`/api/datasets/${formKey}/query`, {
      measures: [{ op: 'count' }],
      filters: [{ field: 'data.store', op: 'within', value: 'today' }],
    });
    expect(notTime.statusCode).toBe(400);
  });

  it('cover a module’s declared data and the company’s custom fields, within field rules', async () => {
    await enablePlugin(owner.client, 'fixture-leads');
    const field = await owner.client.post('/api/custom-fields', {
      resource: 'fixture-leads.leads',
      key: 'level',
      title: { 'zh-CN': '线索等级' },
      type: 'option',
      optionSet: 'visit-levels',
    });
    expect(field.statusCode, field.body).toBe(201);
    for (const [name, budgetFen, level] of [
      ['甲', 100, 'vip'],
      ['乙', 250, 'vip'],
      ['丙', 1000, 'normal'],
    ] as const) {
      const lead = await owner.client.post('/api/p/fixture-leads/leads', { name, stage: 'new', budgetFen, custom: { level } });
      expect(lead.statusCode, lead.body).toBe(201);
    }
    expect((await owner.client.get('/api/datasets')).json<{ items: { key: string }[] }>().items.map((i) => i.key)).toContain('fixture-leads.leads');
    const byLevel = await query(owner.client, 'fixture-leads.leads', {
      dimensions: [{ field: 'custom.level' }, { field: 'stage' }],
      measures: [{ op: 'sum', field: 'budgetFen' }],
    });
    expect(byLevel.columns[1]?.labels).toMatchObject({ new: '新线索' });
    expect(byLevel.rows).toEqual([
      ['normal', 'new', 1000],
      ['vip', 'new', 350],
    ]);

    await createRole(owner.client, 'lead-viewer', [
      { action: 'read', subject: 'Lead' },
      { action: 'read', subject: 'Lead', fields: ['budgetFen', 'custom.level'], inverted: true },
    ]);
    const viewer = await inviteMember(owner.client, 'member', '只读员工');
    await updateMemberAccess(owner.client, viewer.userId, { roles: ['lead-viewer'] });
    expect((await query(viewer.client, 'fixture-leads.leads', { dimensions: [{ field: 'stage' }], measures: [{ op: 'count' }] })).rows).toEqual([['new', 3]]);
    for (const body of [
      { measures: [{ op: 'sum', field: 'budgetFen' }] },
      { dimensions: [{ field: 'custom.level' }], measures: [{ op: 'count' }] },
      { measures: [{ op: 'count' }], filters: [{ field: 'budgetFen', op: 'gte', value: 200 }] },
    ]) {
      const response = await viewer.client.post('/api/datasets/fixture-leads.leads/query', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
    }
    // someone who may not read the module's records does not see its dataset at all
    await createRole(owner.client, 'forms-only', [{ action: 'read', subject: 'Form' }]);
    const outsider = await inviteMember(owner.client, 'member', '表单填写员');
    await updateMemberAccess(owner.client, outsider.userId, { roles: ['forms-only'] });
    expect((await outsider.client.get('/api/datasets/fixture-leads.leads')).statusCode).toBe(404);
    expect((await outsider.client.post('/api/datasets/fixture-leads.leads/query', { measures: [{ op: 'count' }] })).statusCode).toBe(404);
    expect((await outsider.client.get('/api/datasets')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('refuse bad definitions with a 4xx naming where, and never answer with another company’s data', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ measures: [{ op: 'count' }], dimensions: [{ field: 'nope' }] }, '/body/dimensions/0/field'],
      [{ measures: [{ op: 'sum', field: 'data.store' }] }, '/body/measures/0/op'],
      [{ measures: [{ op: 'count' }], dimensions: [{ field: 'data.store', grain: 'month' }] }, '/body/dimensions/0/grain'],
      [{ measures: [{ op: 'count' }], filters: [{ field: 'data.amountFen', op: 'eq', value: 'lots' }] }, '/body/filters/0/value'],
      [{ measures: [{ op: 'count' }], filters: [{ field: 'data.store', op: 'gte', value: 'a' }] }, '/body/filters/0/op'],
      [{ measures: [{ op: 'count' }], sort: [{ column: 'd5' }] }, '/body/sort/0/column'],
      [{ measures: [{ op: 'drop table' }] }, '/body/measures/0/op'],
      [{ measures: [{ op: 'count', field: 'data.store"; DROP TABLE forms; --' }] }, '/body/measures/0/field'],
    ];
    for (const [body, pointer] of cases) {
      const response = await owner.client.post(`/api/datasets/${formKey}/query`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect((response.json<{ errors?: { pointer: string }[] }>().errors ?? []).map((e) => e.pointer)).toContain(pointer);
    }
    const other = await signUpCompany(t.app, '西南贸易有限公司');
    expect((await other.client.post(`/api/datasets/${formKey}/query`, { measures: [{ op: 'count' }] })).statusCode).toBe(404);
    // only the core's own datasets, which read the other company's (empty) rows
    const theirs = (await other.client.get('/api/datasets')).json<{ items: { key: string; source: string }[] }>().items;
    expect(theirs.map((item) => item.key)).toEqual(['core.form-submissions', 'core.audit-log']);
    const count = await other.client.post('/api/datasets/core.form-submissions/query', { measures: [{ op: 'count' }] });
    expect(count.json<{ rows: unknown[][] }>().rows).toEqual([[0]]);
  });

  it('answer 1,000 random and hostile definitions only with correct results or 4xx', async () => {
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const fields = ['data.level', 'data.amountFen', 'data.visitedAt', 'data.store', 'status', 'submittedAt', 'version', 'submitterId', 'nope', "x' OR 1=1", '__proto__', '', 'data.', 'custom.level'];
    const values = [1, -1, 1e308, 'vip', '2026-03-01', "'; DROP TABLE forms; --", true, null, [], ['vip', 'normal'], { $ne: 1 }, 'x'.repeat(300)];
    const ops = ['count', 'count-distinct', 'sum', 'avg', 'min', 'max', 'median', 'eq', ''];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const body: Record<string, unknown> = {
        measures: Array.from({ length: Math.floor(random() * 3) }, () => (random() < 0.2 ? { op: pick(ops) } : { op: pick(ops), field: pick(fields) })),
      };
      if (random() < 0.7) body['dimensions'] = Array.from({ length: Math.floor(random() * 4) }, () => ({ field: pick(fields), ...(random() < 0.3 ? { grain: pick(['month', 'year', 'hour', 1]) } : {}) }));
      if (random() < 0.5) body['filters'] = Array.from({ length: Math.floor(random() * 3) }, () => ({ field: pick(fields), op: pick(['eq', 'ne', 'in', 'gte', 'lte', 'like']), value: pick(values) }));
      if (random() < 0.3) body['sort'] = [{ column: pick(['d0', 'm0', 'm1', 'x9', 'd0; --']), direction: pick(['asc', 'desc', 'sideways']) }];
      if (random() < 0.2) body['limit'] = pick([0, 1, 5, 10001, -3, 'ten']);
      if (random() < 0.05) body['extra'] = 1;
      const response = await owner.client.post(`/api/datasets/${formKey}/query`, body);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      expect([200, 400, 403], `${response.statusCode} for ${JSON.stringify(body)}: ${response.body}`).toContain(response.statusCode);
      if (response.statusCode === 200) {
        const result = response.json<Result>();
        const counts = result.columns.flatMap((column, index) => (column.key.startsWith('m') && column.title === '计数' ? [index] : []));
        // a count over everything this company has never exceeds its three submissions
        for (const index of counts) for (const row of result.rows) expect(Number(row[index])).toBeLessThanOrEqual(3);
      }
    }
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(20);
  });
});
