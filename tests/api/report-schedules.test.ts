import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileReportSchedules } from '../../core/reports/schedules/reconcile-report-schedules.ts';
import { freePort } from '../support/free-port.ts';
import { inviteMember, type InvitedMember } from '../support/members.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

// The tests share one queue clock and walk it forward only: each moves it to the time it needs.
const clock = new TestClock('2026-03-31T15:00:00Z');
let t: TestApp;
let smtpPort: number;
let sink: SmtpSink | undefined;

interface Problem {
  code: string;
  errors?: { pointer: string }[];
}
interface Run {
  id: string;
  scheduledFor: string;
  startedAt: string;
  status: string;
  attempts: number;
  fileId: string | null;
  messages: number;
  mails: { sent: number; failed: number; pending: number; attempts: number };
  problem: { code: string; title: string } | null;
}

beforeAll(async () => {
  // the mail server is down until the e-mail test starts it on this port
  smtpPort = await freePort();
  t = await createTestApp(import.meta.filename, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'Tessera <noreply@tessera.test>' }, [], {
    jobQueue: { work: true, clock },
  });
});
afterAll(async () => {
  await t.close();
  await sink?.close();
});

/** A company (Asia/Shanghai, the default) with a published form, three submissions and a saved report on them. */
async function companyWithReport(name: string): Promise<{ owner: SignedUp; reportId: string; clerk: InvitedMember }> {
  const owner = await signUpCompany(t.app, name);
  const form = await owner.client.post('/api/forms', {
    title: '门店巡检',
    schema: { type: 'object', properties: { score: { type: 'integer', title: '得分' } }, required: ['score'] },
  });
  const formId = form.json<{ id: string }>().id;
  expect((await owner.client.post(`/api/forms/${formId}/publish`)).statusCode).toBe(201);
  for (const score of [3, 4, 5]) expect((await owner.client.post(`/api/forms/${formId}/submissions`, { data: { score } })).statusCode).toBe(201);
  const report = await owner.client.post('/api/reports', {
    title: '巡检得分',
    dataset: `form.${formId}`,
    query: { measures: [{ op: 'count' }, { op: 'sum', field: 'data.score' }] },
    chart: { type: 'kpi' },
  });
  expect(report.statusCode, report.body).toBe(201);
  const clerk = await inviteMember(owner.client, 'member', '店长小王');
  return { owner, reportId: report.json<{ id: string }>().id, clerk };
}

/** Moves the queue's clock in steps (a jump would skip a cron occurrence as missed) until `check` sees the effect. */
async function walk<T>(step: number, check: () => Promise<T | undefined>, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await clock.tick(step);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function runs(client: TestClient, scheduleId: string): Promise<Run[]> {
  const response = await client.get(`/api/report-schedules/${scheduleId}/runs`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Run[] }>().items;
}

async function schedule(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const response = await client.post('/api/report-schedules', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

describe('scheduled report delivery (定时推送)', () => {
  it('fires a daily 08:00 schedule in Shanghai at 00:00 UTC, into the recipient’s message center, with a file they can download', async () => {
    const { owner, reportId, clerk } = await companyWithReport('华东门店管理有限公司');
    const created = await owner.client.post('/api/report-schedules', {
      reportId,
      frequency: 'daily',
      time: '08:00',
      format: 'csv',
      recipients: { userIds: [clerk.userId] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json<{ id: string; nextRunAt: string; enabled: boolean; recipients: unknown }>();
    expect(view).toMatchObject({ enabled: true, recipients: { userIds: [clerk.userId], emails: [] } });
    expect(view.nextRunAt).toMatch(/T00:00:00\.000Z$/);
    expect(view).toMatchObject({ lastRun: null });

    await clock.setTime('2026-03-31T23:58:00Z');
    await clock.tick(60_000);
    expect(await runs(owner.client, view.id)).toEqual([]);
    const [run] = await walk(15_000, async () => {
      const found = await runs(owner.client, view.id);
      return found[0]?.status === 'delivered' ? found : undefined;
    });
    expect(run).toMatchObject({ scheduledFor: '2026-04-01T00:00:00.000Z', attempts: 1, messages: 1, problem: null });
    // the clerk has an address and the mail server is down: the mail waits for a retry
    expect(run?.mails).toMatchObject({ sent: 0, failed: 0, pending: 1 });
    // the report's schedules list each one's newest run
    const listed = (await owner.client.get(`/api/report-schedules?reportId=${reportId}`)).json<{ items: { id: string; lastRun: unknown }[] }>();
    expect(listed.items.find((item) => item.id === view.id)?.lastRun).toEqual({ id: run?.id, status: 'delivered', startedAt: run?.startedAt });

    const inbox = (await clerk.client.get('/api/messages?category=report-schedule')).json<{ items: { title: string; body: string; link: string }[] }>();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ title: '定时报表：巡检得分', link: `/reports/${reportId}` });
    expect(inbox.items[0]?.body).toContain(`/api/files/${run?.fileId}`);
    const file = await clerk.client.get(`/api/files/${run?.fileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.body).toContain('12');
  });

  it('does not fire a disabled schedule', async () => {
    const { owner, reportId, clerk } = await companyWithReport('华南门店管理有限公司');
    const body = { reportId, frequency: 'weekly', weekday: 3, time: '09:00', format: 'xlsx', recipients: { userIds: [clerk.userId] } };
    // 2026-04-01 is a Wednesday: 09:00 in Shanghai is 01:00 UTC
    const control = await schedule(owner.client, body);
    const disabled = await schedule(owner.client, { ...body, enabled: false });
    const switchedOff = await schedule(owner.client, body);
    const patched = await owner.client.patch(`/api/report-schedules/${switchedOff}`, { enabled: false });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<{ nextRunAt: string | null }>().nextRunAt).toBeNull();

    // a queue schedule left behind (as if the change after a commit never reached the queue) does nothing
    const data = { tenantId: owner.session.tenant.id, scheduleId: switchedOff };
    await t.app.jobs.schedule('report-delivery', '0 9 * * 3', data, { tz: 'Asia/Shanghai', key: switchedOff });

    await clock.setTime('2026-04-01T00:59:00Z');
    await walk(15_000, async () => ((await runs(owner.client, control)).length > 0 ? true : undefined));
    await clock.tick(60_000);
    expect(await runs(owner.client, disabled)).toEqual([]);
    expect(await runs(owner.client, switchedOff)).toEqual([]);
  });

  it('puts saved schedules missing from the queue back on it, and takes stale ones off (as start-up does)', async () => {
    const { owner, reportId, clerk } = await companyWithReport('华中门店管理有限公司');
    const id = await schedule(owner.client, { reportId, frequency: 'daily', time: '06:00', format: 'csv', recipients: { userIds: [clerk.userId] } });
    const gone = await schedule(owner.client, { reportId, frequency: 'daily', time: '06:00', format: 'csv', recipients: { userIds: [clerk.userId] } });
    expect((await owner.client.delete(`/api/report-schedules/${gone}`)).statusCode).toBe(204);
    await t.app.jobs.unschedule('report-delivery', id);
    await t.app.jobs.schedule('report-delivery', '0 6 * * *', { tenantId: owner.session.tenant.id, scheduleId: gone }, { tz: 'Asia/Shanghai', key: gone });
    await reconcileReportSchedules(t.app);
    const queued = await t.app.jobs.schedules('report-delivery');
    expect(queued.find((s) => s.key === id)).toMatchObject({ cron: '0 6 * * *', timezone: 'Asia/Shanghai' });
    expect(queued.find((s) => s.key === gone)).toBeUndefined();
    // nothing left to mend
    expect(await reconcileReportSchedules(t.app)).toEqual({ scheduled: 0, removed: 0 });
  });

  it('retries e-mail while the mail server is down, then sends it with the file attached', async () => {
    const { owner, reportId } = await companyWithReport('华北门店管理有限公司');
    const id = await schedule(owner.client, {
      reportId,
      frequency: 'monthly',
      dayOfMonth: 1,
      time: '07:30',
      format: 'xlsx',
      recipients: { userIds: [], emails: ['finance@example.com'] },
    });
    const started = await owner.client.post(`/api/report-schedules/${id}/run-now`);
    expect(started.statusCode, started.body).toBe(202);
    const { runId } = started.json<{ runId: string }>();
    const failing = await walk(5_000, async () => {
      const run = (await runs(owner.client, id)).find((r) => r.id === runId);
      return run && run.mails.attempts >= 1 && run.mails.pending === 1 ? run : undefined;
    });
    expect(failing).toMatchObject({ status: 'delivered', messages: 0, mails: { sent: 0, failed: 0 } });

    sink = await startSmtpSink(smtpPort);
    const mail = await walk(10_000, async () => sink?.received.find((m) => m.to.includes('finance@example.com')));
    expect(mail.subject).toBe('定时报表：巡检得分');
    // the attachment: the workbook's type, and its bytes (base64 of a ZIP, `PK\x03\x04`)
    expect(mail.raw).toMatch(/Content-Type:\s+application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/);
    expect(mail.raw).toMatch(/Content-Disposition: attachment;[^]*?\r\n\r\nUEsDB/);
    const sent = await walk(1_000, async () => {
      const run = (await runs(owner.client, id)).find((r) => r.id === runId);
      return run?.mails.sent === 1 ? run : undefined;
    });
    expect(sent.mails).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(sent.mails.attempts).toBeGreaterThanOrEqual(2);
  });

  it('records a failed run with its problem and retries it', async () => {
    const { owner, reportId, clerk } = await companyWithReport('西南门店管理有限公司');
    const admin = await inviteMember(owner.client, 'admin', '区域经理');
    const id = await schedule(admin.client, { reportId, frequency: 'daily', time: '18:00', format: 'pdf', recipients: { userIds: [clerk.userId] } });
    // the author leaves: the report can no longer run with their access
    expect((await owner.client.delete(`/api/users/${admin.userId}`)).statusCode).toBe(204);
    const started = await owner.client.post(`/api/report-schedules/${id}/run-now`);
    expect(started.statusCode).toBe(202);
    const failed = await walk(5_000, async () => {
      const [run] = await runs(owner.client, id);
      return run?.status === 'failed' ? run : undefined;
    });
    expect(failed.problem).toMatchObject({ code: 'report-schedule-author-unavailable', title: '推送创建人已不可用' });
    expect(failed.fileId).toBeNull();
    const retried = await walk(10_000, async () => {
      const [run] = await runs(owner.client, id);
      return run && run.attempts >= 2 && run.status === 'failed' ? run : undefined;
    });
    expect(retried.id).toBe(failed.id);
    expect((await clerk.client.get('/api/messages?category=report-schedule')).json<{ total: number }>().total).toBe(0);
  });

  it('refuses bad schedules with pointers, and keeps other companies and members out', async () => {
    const { owner, reportId, clerk } = await companyWithReport('西北门店管理有限公司');
    const good = { reportId, frequency: 'daily', time: '08:00', format: 'csv', recipients: { userIds: [clerk.userId] } };
    const bad: [Record<string, unknown>, string][] = [
      [{ ...good, weekday: 2 }, '/body/weekday'],
      [{ ...good, frequency: 'weekly' }, '/body/weekday'],
      [{ ...good, frequency: 'monthly' }, '/body/dayOfMonth'],
      [{ ...good, dayOfMonth: 5 }, '/body/dayOfMonth'],
      [{ ...good, frequency: 'monthly', dayOfMonth: 31 }, '/body/dayOfMonth'],
      [{ ...good, time: '24:00' }, '/body/time'],
      [{ ...good, recipients: { userIds: [] } }, '/body/recipients'],
      [{ ...good, recipients: { userIds: [owner.session.user.id, '00000000-0000-7000-8000-000000000000'] } }, '/body/recipients/userIds/1'],
      [{ ...good, recipients: { userIds: [], emails: Array.from({ length: 21 }, (_, i) => `a${i}@example.com`) } }, '/body/recipients/emails'],
      [{ ...good, reportId: '00000000-0000-7000-8000-000000000000' }, '/body/reportId'],
      [{ ...good, format: 'doc' }, '/body/format'],
    ];
    for (const [payload, pointer] of bad) {
      const response = await owner.client.post('/api/report-schedules', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect((response.json<Problem>().errors ?? []).map((e) => e.pointer), JSON.stringify(payload)).toContain(pointer);
    }
    const id = await schedule(owner.client, good);
    const patched = await owner.client.patch(`/api/report-schedules/${id}`, { frequency: 'weekly' });
    expect(patched.statusCode).toBe(400);
    expect((patched.json<Problem>().errors ?? []).map((e) => e.pointer)).toEqual(['/body/weekday']);
    const weekly = await owner.client.patch(`/api/report-schedules/${id}`, { frequency: 'weekly', weekday: 7 });
    expect(weekly.statusCode, weekly.body).toBe(200);
    expect(weekly.json()).toMatchObject({ frequency: 'weekly', weekday: 7 });
    const daily = await owner.client.patch(`/api/report-schedules/${id}`, { frequency: 'daily' });
    expect(daily.json()).not.toHaveProperty('weekday');

    // a member may not manage schedules by default
    expect((await clerk.client.get('/api/report-schedules')).statusCode).toBe(403);
    expect((await clerk.client.post(`/api/report-schedules/${id}/run-now`)).statusCode).toBe(403);

    const other = await signUpCompany(t.app, '东北门店管理有限公司');
    expect((await other.client.get(`/api/report-schedules/${id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/report-schedules/${id}`, { enabled: false })).statusCode).toBe(404);
    expect((await other.client.get(`/api/report-schedules/${id}/runs`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/report-schedules/${id}/run-now`)).statusCode).toBe(404);
    expect((await other.client.delete(`/api/report-schedules/${id}`)).statusCode).toBe(404);
    expect((await other.client.post('/api/report-schedules', good)).statusCode).toBe(400);
    expect((await other.client.get('/api/report-schedules')).json<{ total: number }>().total).toBe(0);

    const list = (await owner.client.get(`/api/report-schedules?reportId=${reportId}`)).json<{ items: { id: string }[] }>();
    expect(list.items.map((s) => s.id)).toEqual([id]);
    expect((await owner.client.delete(`/api/report-schedules/${id}`)).statusCode).toBe(204);
    expect((await owner.client.get(`/api/report-schedules/${id}`)).statusCode).toBe(404);
  });
});
