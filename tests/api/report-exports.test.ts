import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Job } from 'pg-boss';
import { extractText, getDocumentProxy } from 'unpdf';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportExportJobData, runReportExport } from '../../core/reports/exports/report-export-job.ts';
import { createRole, inviteMember, type InvitedMember, updateMemberAccess } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let clerk: InvitedMember;
let viewer: InvitedMember;
let detailId: string;
let summaryId: string;

interface ExportView {
  id: string;
  reportId: string;
  format: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  rowCount: number | null;
  file: { id: string; name: string; size: number } | null;
  problem: { code: string; title: string; detail: string } | null;
  createdAt: string;
  finishedAt: string | null;
}
interface Problem {
  code: string;
  errors?: { pointer: string }[];
}

const store = { hyperlink: '=HYPERLINK("http://example.com","点我")', plus: '+1', at: '@SUM(A1)' };

async function submit(client: TestClient, formId: string, data: Record<string, unknown>): Promise<void> {
  const response = await client.post(`/api/forms/${formId}/submissions`, { data });
  expect(response.statusCode, response.body).toBe(201);
}

async function saveReport(body: Record<string, unknown>): Promise<string> {
  const saved = await owner.client.post('/api/reports', body);
  expect(saved.statusCode, saved.body).toBe(201);
  return saved.json<{ id: string }>().id;
}

/** Asks for an export and follows it until it is finished, noting each status seen on the way. */
async function exported(client: TestClient, reportId: string, body: Record<string, unknown>): Promise<{ done: ExportView; seen: string[] }> {
  const asked = await client.post(`/api/reports/${reportId}/exports`, body);
  expect(asked.statusCode, asked.body).toBe(202);
  const first = asked.json<ExportView>();
  expect(first).toMatchObject({ reportId, status: 'queued', progress: 0, rowCount: null, file: null, problem: null, finishedAt: null });
  const seen = [first.status];
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await client.get(`/api/report-exports/${first.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<ExportView>();
    if (seen.at(-1) !== view.status) seen.push(view.status);
    if (view.status === 'done' || view.status === 'failed') return { done: view, seen };
    if (Date.now() > deadline) throw new Error(`export still ${view.status} at ${view.progress} %`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function download(client: TestClient, view: ExportView): Promise<Buffer> {
  expect(view.file).not.toBeNull();
  const response = await client.get(`/api/files/${view.file?.id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [], { jobQueue: { work: true } });
  owner = await signUpCompany(t.app);
  expect((await owner.client.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级' } })).statusCode).toBe(201);
  for (const [value, label] of [
    ['vip', '重要客户'],
    ['normal', '普通客户'],
  ]) {
    expect((await owner.client.post('/api/option-sets/visit-levels/options', { value, label: { 'zh-CN': label } })).statusCode).toBe(201);
  }
  const form = await owner.client.post('/api/forms', {
    title: '门店订货',
    schema: {
      type: 'object',
      required: ['store', 'level', 'amountFen', 'paid', 'orderedAt'],
      properties: {
        store: { type: 'string', title: '门店' },
        level: { type: 'string', title: '客户等级', 'x-options': 'visit-levels' },
        amountFen: { type: 'integer', title: '订货金额', 'x-widget': 'money' },
        paid: { type: 'boolean', title: '已付款' },
        orderedAt: { type: 'string', format: 'date-time', title: '下单时间' },
      },
    },
  });
  expect(form.statusCode, form.body).toBe(201);
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  // a clerk runs and exports reports over their own submissions; a viewer may read reports but no submissions
  await createRole(owner.client, 'report-clerk', [
    { action: 'read', subject: 'Report' },
    { action: 'read', subject: 'Form' },
    { action: 'create', subject: 'FormSubmission' },
    { action: 'read', subject: 'FormSubmission', conditions: { submitterId: '${user.id}' } },
    { action: 'read', subject: 'File' },
  ]);
  await createRole(owner.client, 'report-viewer', [{ action: 'read', subject: 'Report' }]);
  clerk = await inviteMember(owner.client, 'member', '店员小王');
  await updateMemberAccess(owner.client, clerk.userId, { roles: ['report-clerk'] });
  viewer = await inviteMember(owner.client, 'member', '访客小赵');
  await updateMemberAccess(owner.client, viewer.userId, { roles: ['report-viewer'] });

  await submit(owner.client, formId, { store: store.hyperlink, level: 'vip', amountFen: 12345, paid: true, orderedAt: '2026-03-05T09:30:00+08:00' });
  await submit(owner.client, formId, { store: store.plus, level: 'normal', amountFen: 50000, paid: false, orderedAt: '2026-04-02T18:00:00+08:00' });
  await submit(clerk.client, formId, { store: store.at, level: 'vip', amountFen: 20000, paid: true, orderedAt: '2026-04-03T08:15:00+08:00' });

  const dataset = `form.${formId}`;
  detailId = await saveReport({
    title: '订货明细',
    dataset,
    query: {
      dimensions: [{ field: 'data.store' }, { field: 'data.level' }, { field: 'data.paid' }],
      measures: [{ op: 'count' }, { op: 'sum', field: 'data.amountFen' }, { op: 'max', field: 'data.orderedAt' }],
    },
    chart: { type: 'table' },
  });
  summaryId = await saveReport({
    title: '订货汇总',
    dataset,
    query: { dimensions: [{ field: 'data.level' }], measures: [{ op: 'sum', field: 'data.amountFen' }] },
    chart: { type: 'bar' },
  });
});
afterAll(() => t.close());

async function sheetRows(bytes: Buffer): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('report exports (报表导出)', () => {
  it('export XLSX with typed cells equal to the run’s rows, moving from queued to done', async () => {
    const run = await owner.client.post(`/api/reports/${detailId}/run`);
    expect(run.statusCode, run.body).toBe(200);
    const ran = run.json<{ result: { rows: [string, string, boolean, number, number, string][] } }>().result.rows;
    expect(ran).toHaveLength(3);

    const { done, seen } = await exported(owner.client, detailId, { format: 'xlsx' });
    expect(done).toMatchObject({ format: 'xlsx', status: 'done', progress: 100, rowCount: 3, problem: null });
    expect(done.finishedAt).not.toBeNull();
    expect(['queued', 'running', 'done'].filter((status) => seen.includes(status))).toEqual(seen);
    expect(done.file?.name).toMatch(/^订货明细-\d{12}\.xlsx$/);

    const { name, rows } = await sheetRows(await download(owner.client, done));
    expect(name).toBe('订货明细');
    expect(rows[0]).toEqual(['门店', '客户等级', '已付款', '计数', '合计 · 订货金额', '最大值 · 下单时间']);
    const labels: Record<string, string> = { vip: '重要客户', normal: '普通客户' };
    expect(rows.slice(1)).toEqual(
      ran.map(([shop, level, paid, count, fen, latest]) => [
        // text a spreadsheet would run as a formula is neutralized
        `'${shop}`,
        labels[level],
        paid ? '是' : '否',
        count,
        fen / 100,
        // the company's wall clock (Asia/Shanghai), as a spreadsheet date has no zone
        new Date(Date.parse(latest) + 8 * 3_600_000),
      ]),
    );
  });

  it('export CSV with formula-looking values neutralized, in UTF-8 with a BOM', async () => {
    const { done } = await exported(owner.client, detailId, { format: 'csv' });
    expect(done.status).toBe('done');
    const text = (await download(owner.client, done)).toString('utf8');
    expect(text.startsWith('\uFEFF门店,客户等级,已付款,计数,合计 · 订货金额,最大值 · 下单时间')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""点我"")",重要客户,是,1,123.45,2026-03-05 09:30`);
    expect(text).toContain("'+1,普通客户,否,1,500.00,2026-04-02 18:00");
    expect(text).toContain("'@SUM(A1),重要客户,是,1,200.00,2026-04-03 08:15");
    expect(text).not.toMatch(/(^|\n|,)[=+@]/);
  });

  it('export PDF with the Chinese title, the generation time and the rows', async () => {
    const { done } = await exported(owner.client, summaryId, { format: 'pdf' });
    expect(done.status, JSON.stringify(done.problem)).toBe('done');
    const bytes = await download(owner.client, done);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('订货汇总');
    expect(text).toContain('生成时间');
    expect(text).toContain('重要客户');
    expect(text).toContain('323.45');
  });

  it('export with the requester’s data scope and a drill-down, as a run would', async () => {
    const { done } = await exported(clerk.client, summaryId, { format: 'xlsx' });
    expect(done.status).toBe('done');
    // the clerk's own submission only
    expect((await sheetRows(await download(clerk.client, done))).rows.slice(1)).toEqual([['重要客户', 200]]);
    const drilled = await exported(owner.client, summaryId, {
      format: 'xlsx',
      filters: [{ field: 'data.level', op: 'eq', value: 'vip' }],
      dimensions: [{ field: 'data.orderedAt', grain: 'month' }],
    });
    expect(drilled.done.rowCount).toBe(2);
    const { rows } = await sheetRows(await download(owner.client, drilled.done));
    expect(rows.slice(1)).toEqual([
      [new Date('2026-03-01T00:00:00Z'), 123.45],
      [new Date('2026-04-01T00:00:00Z'), 200],
    ]);
  });

  it('are seen and downloaded only by their requester, and refuse bad input storing nothing', async () => {
    const { done } = await exported(owner.client, summaryId, { format: 'csv' });
    const other = await signUpCompany(t.app, '华北贸易有限公司');
    for (const client of [clerk.client, other.client]) {
      expect((await client.get(`/api/report-exports/${done.id}`)).statusCode).toBe(404);
      const list = (await client.get('/api/report-exports')).json<{ items: ExportView[] }>();
      expect(list.items.map((item) => item.id)).not.toContain(done.id);
    }
    expect((await other.client.get(`/api/files/${done.file?.id}`)).statusCode).toBe(404);

    const mine = await owner.client.get(`/api/report-exports?reportId=${summaryId}&pageSize=100`);
    expect(mine.statusCode, mine.body).toBe(200);
    const page = mine.json<{ items: ExportView[]; total: number; page: number; pageSize: number }>();
    expect(page.items[0]?.id).toBe(done.id);
    expect(page.items.every((item) => item.reportId === summaryId)).toBe(true);
    const before = (await owner.client.get('/api/report-exports')).json<{ total: number }>().total;

    const refused: [TestClient, string, Record<string, unknown>, number, string, string?][] = [
      [owner.client, summaryId, { format: 'docx' }, 400, 'validation-failed', '/body/format'],
      [owner.client, summaryId, {}, 400, 'validation-failed', '/body/format'],
      [owner.client, summaryId, { format: 'csv', extra: 1 }, 400, 'validation-failed'],
      [owner.client, summaryId, { format: 'csv', filters: [{ field: 'data.nope', op: 'eq', value: 1 }] }, 400, 'validation-failed', '/body/filters/0/field'],
      [owner.client, summaryId, { format: 'pdf', dimensions: [{ field: 'data.store', grain: 'month' }] }, 400, 'validation-failed', '/body/dimensions/0/grain'],
      [owner.client, '00000000-0000-7000-8000-000000000000', { format: 'csv' }, 404, 'not-found'],
      [other.client, summaryId, { format: 'csv' }, 404, 'not-found'],
      [viewer.client, summaryId, { format: 'csv' }, 409, 'report-dataset-unavailable'],
    ];
    for (const [client, reportId, body, status, code, pointer] of refused) {
      const response = await client.post(`/api/reports/${reportId}/exports`, body);
      expect(response.statusCode, `${JSON.stringify(body)}: ${response.body}`).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json<Problem>();
      expect(problem.code).toBe(code);
      if (pointer) expect((problem.errors ?? []).map((e) => e.pointer)).toContain(pointer);
    }
    expect((await owner.client.get('/api/report-exports/not-a-uuid')).statusCode).toBe(400);
    expect((await owner.client.get('/api/report-exports?pageSize=1000')).statusCode).toBe(400);
    expect((await owner.client.get('/api/report-exports')).json<{ total: number }>().total).toBe(before);
    for (const client of [viewer.client, other.client]) expect((await client.get('/api/report-exports')).json<{ total: number }>().total).toBe(0);
  });

  it('fail with a problem in the reader’s language when the report is gone by the time the job runs', async () => {
    // a queued export whose report was deleted meanwhile, run by the job as the queue would run it
    const id = uuidv7();
    const admin = new pg.Client({ connectionString: t.ownerUrl });
    await admin.connect();
    try {
      await admin.query(
        `INSERT INTO report_exports (tenant_id, id, report_id, format, locale, requested_by) VALUES ($1, $2, $3, 'csv', 'zh-CN', $4)`,
        [owner.session.tenant.id, id, uuidv7(), owner.session.user.id],
      );
    } finally {
      await admin.end();
    }
    // the job reads only its data and its attempt number
    const job = { id: uuidv7(), name: 'report-export', data: { tenantId: owner.session.tenant.id, exportId: id }, retryCount: 0 } as Job<ReportExportJobData>;
    await runReportExport(t.app, job);
    const failed = (await owner.client.get(`/api/report-exports/${id}`)).json<ExportView>();
    expect(failed).toMatchObject({ status: 'failed', file: null, problem: { code: 'report-export-report-deleted', title: '报表已删除' } });
    expect(failed.finishedAt).not.toBeNull();
    // a finished export is left as it is when its job comes again
    await runReportExport(t.app, job);
    expect((await owner.client.get(`/api/report-exports/${id}`)).json<ExportView>()).toEqual(failed);
  });
});
