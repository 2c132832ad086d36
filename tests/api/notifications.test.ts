import type { MessageView } from '@tessera/schemas/message';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueMailTenants } from '../../core/mail/due-mail-tenants.ts';
import { notifyFixturePlugin } from '../fixtures/notify-plugin/index.ts';
import { freePort } from '../support/free-port.ts';
import { createRole, type InvitedMember, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

const mailFrom = 'Tessera <noreply@tessera.test>';
const raise = '/api/p/fixture-notify/raise';

let t: TestApp;
let sink: SmtpSink;
let db: pg.Client;
let owner: SignedUp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp(import.meta.filename, { SMTP_URL: sink.url, MAIL_FROM: mailFrom }, [notifyFixturePlugin]);
  db = new pg.Client({ connectionString: t.ownerUrl });
  await db.connect();
  owner = await signUpCompany(t.app, '工单通知公司');
  await enablePlugin(owner.client, 'fixture-notify');
  await createRole(owner.client, 'ticket-reader', [
    { action: 'read', subject: 'Message' },
    { action: 'read', subject: 'NotifyTicket' },
  ]);
  await createRole(owner.client, 'own-tickets', [
    { action: 'read', subject: 'Message' },
    { action: 'create', subject: 'NotifyTicket' },
    { action: 'read', subject: 'NotifyTicket', conditions: { ownerId: '${user.id}' } },
  ]);
  await createRole(owner.client, 'messages-only', [{ action: 'read', subject: 'Message' }]);
});
afterAll(async () => {
  await db.end();
  await t.close();
  await sink.close();
});

async function member(locale: 'zh-CN' | 'en-US', role = 'ticket-reader'): Promise<InvitedMember & { email: string }> {
  const invited = await inviteMember(owner.client, 'member');
  await updateMemberAccess(owner.client, invited.userId, { roles: [role] });
  expect((await invited.client.patch('/api/auth/profile', { locale })).statusCode).toBe(200);
  return { ...invited, email: (await invited.client.get('/api/auth/session')).json().user.email };
}

async function raiseTicket(
  by: TestClient,
  body: { title: string; notify: string[]; email?: boolean; receipt?: boolean },
) {
  const response = await by.post(raise, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; notified: string[] }>();
}

async function ticketMessages(client: TestClient): Promise<MessageView[]> {
  return (await client.get('/api/messages?category=ticket&pageSize=100')).json<{ items: MessageView[] }>().items;
}

async function outboxRows(subject: string) {
  const { rows } = await db.query<{ status: string; attempts: number; last_error: string | null; due_later: boolean }>(
    `SELECT status, attempts, last_error, next_attempt_at > now() AS due_later FROM mail_outbox WHERE subject = $1`,
    [subject],
  );
  return rows;
}

const neutral = {
  'zh-CN': '此消息关联的记录已不可查看',
  'en-US': 'The record this message is about is no longer available to you',
};

describe('notify', () => {
  it('puts the notification, with its link, into each recipient’s inbox in their own language', async () => {
    const english = await member('en-US');
    const chinese = await member('zh-CN');
    const elsewhere = await signUpCompany(t.app, '别家公司');
    const notAMember = '0190a5b2-0000-7000-8000-000000000000';
    const recipients = [english.userId, chinese.userId, english.userId, elsewhere.session.user.id, notAMember];
    const ticket = await raiseTicket(owner.client, { title: '打印机坏了', notify: recipients });
    expect(ticket.notified.sort()).toEqual([english.userId, chinese.userId].sort());

    const link = `/m/fixture-notify/tickets/${ticket.id}`;
    expect(await ticketMessages(english.client)).toEqual([
      expect.objectContaining({
        title: 'New ticket: 打印机坏了',
        body: 'Please handle it soon.',
        link,
        recordAvailable: true,
        status: 'unread',
      }),
    ]);
    const [zh] = await ticketMessages(chinese.client);
    expect(zh).toMatchObject({ title: '新工单：打印机坏了', body: '请尽快处理。', link, recordAvailable: true });
    const read = await chinese.client.post(`/api/messages/${zh?.id}/read`);
    expect(read.json()).toMatchObject({ status: 'read', title: '新工单：打印机坏了', link });

    // the sender, another company's user and strangers get nothing
    expect(await ticketMessages(owner.client)).toEqual([]);
    expect(await ticketMessages(elsewhere.client)).toEqual([]);
  });

  it('shows a neutral notice without the link once the reader may no longer read the record', async () => {
    const reader = await member('en-US');
    const ticket = await raiseTicket(owner.client, { title: 'VPN 无法连接', notify: [reader.userId] });
    expect((await ticketMessages(reader.client))[0]).toMatchObject({ title: 'New ticket: VPN 无法连接', recordAvailable: true });

    await updateMemberAccess(owner.client, reader.userId, { roles: ['messages-only'] });
    const [hidden] = await ticketMessages(reader.client);
    expect(hidden).toMatchObject({ title: neutral['en-US'], link: null, recordAvailable: false, category: 'ticket' });
    expect(hidden?.body).not.toContain('VPN');
    const read = (await reader.client.post(`/api/messages/${hidden?.id}/read`)).json();
    expect(read).toMatchObject({ title: neutral['en-US'], link: null, recordAvailable: false, status: 'read' });

    await updateMemberAccess(owner.client, reader.userId, { roles: ['ticket-reader'] });
    expect((await ticketMessages(reader.client))[0]).toMatchObject({ link: `/m/fixture-notify/tickets/${ticket.id}` });
  });

  it('judges each message by the reader’s data scope, batched in one list', async () => {
    const scoped = await member('zh-CN', 'own-tickets');
    await raiseTicket(owner.client, { title: '别人的工单', notify: [scoped.userId] });
    await raiseTicket(scoped.client, { title: '自己的工单', notify: [scoped.userId] });
    const messages = await ticketMessages(scoped.client);
    expect(messages.map((m) => [m.title, m.recordAvailable])).toEqual([
      ['新工单：自己的工单', true],
      [neutral['zh-CN'], false],
    ]);
    expect(messages[1]?.link).toBeNull();
  });

  it('hides the text of messages about records of a module the company disabled', async () => {
    const company = await signUpCompany(t.app, '停用模块公司');
    await enablePlugin(company.client, 'fixture-notify');
    await raiseTicket(company.client, { title: '合同到期', notify: [company.session.user.id] });
    expect((await ticketMessages(company.client))[0]).toMatchObject({ title: '新工单：合同到期', recordAvailable: true });

    expect((await company.client.post('/api/plugins/fixture-notify/disable')).statusCode).toBe(204);
    expect((await ticketMessages(company.client))[0]).toMatchObject({
      title: neutral['zh-CN'],
      link: null,
      recordAvailable: false,
    });
    await enablePlugin(company.client, 'fixture-notify');
    expect((await ticketMessages(company.client))[0]).toMatchObject({ title: '新工单：合同到期', recordAvailable: true });
  });

  it('refuses a malformed draft as a programming error, writing nothing', async () => {
    const response = await owner.client.post(raise, { title: 'bad\nline', notify: [owner.session.user.id] });
    expect(response.statusCode).toBe(500);
    expect(await ticketMessages(owner.client)).toEqual([]);
  });
});

describe('notification e-mail', () => {
  it('is mailed to each recipient in their language once the request committed', async () => {
    const english = await member('en-US');
    const chinese = await member('zh-CN');
    const ticket = await raiseTicket(owner.client, { title: '服务器告警', notify: [english.userId, chinese.userId], email: true });

    await expect.poll(() => sink.received.filter((m) => m.subject.includes('服务器告警')).length, { timeout: 10_000 }).toBe(2);
    const toEnglish = sink.received.find((m) => m.to.includes(english.email));
    const toChinese = sink.received.find((m) => m.to.includes(chinese.email));
    expect(toEnglish).toMatchObject({ subject: 'New ticket: 服务器告警', from: 'noreply@tessera.test' });
    expect(toEnglish?.text).toContain('Please handle it soon.');
    expect(toChinese).toMatchObject({ subject: '新工单：服务器告警' });
    expect(toChinese?.text).toContain('请尽快处理。');
    // the mail carries what the plugin wrote, nothing more of the record
    for (const mail of [toEnglish, toChinese]) expect(mail?.text).not.toContain(ticket.id);
    await expect.poll(async () => (await outboxRows('新工单：服务器告警')).map((r) => r.status)).toEqual(['sent']);
  });

  it('is neither written nor sent when the request rolls back', async () => {
    const recipient = await member('zh-CN');
    const failed = await owner.client.post(raise, {
      title: '回滚的工单',
      notify: [recipient.userId],
      email: true,
      failAfterNotify: true,
    });
    expect(failed.statusCode).toBe(400);
    expect(await ticketMessages(recipient.client)).toEqual([]);
    expect(await outboxRows('新工单：回滚的工单')).toEqual([]);

    await raiseTicket(owner.client, { title: '提交的工单', notify: [recipient.userId], email: true });
    await expect.poll(() => sink.received.some((m) => m.subject === '新工单：提交的工单'), { timeout: 10_000 }).toBe(true);
    expect(sink.received.some((m) => m.subject.includes('回滚的工单'))).toBe(false);
  });

  it('is withheld from a recipient who may not read the record when it would go out', async () => {
    const outsider = await member('zh-CN', 'messages-only');
    await raiseTicket(owner.client, { title: '保密工单', notify: [outsider.userId], email: true });
    await expect.poll(async () => (await outboxRows('新工单：保密工单')).map((r) => r.status)).toEqual(['withheld']);
    expect(sink.received.some((m) => m.subject.includes('保密工单'))).toBe(false);
  });
});

describe('notify from an event handler', () => {
  it('writes through the handler’s context, records the plugin, and mails after the handler committed', async () => {
    const raiser = await member('en-US', 'own-tickets');
    await raiseTicket(raiser.client, { title: '投影仪', notify: [], receipt: true });
    const receipts = (await raiser.client.get('/api/messages?category=ticket-receipt')).json<{ items: MessageView[] }>();
    expect(receipts.items).toEqual([expect.objectContaining({ title: 'Ticket recorded: 投影仪', recordAvailable: true })]);
    const { rows } = await db.query(`SELECT plugin FROM messages WHERE id = $1`, [receipts.items[0]?.id]);
    expect(rows).toEqual([{ plugin: 'fixture-notify' }]);
    await expect
      .poll(() => sink.received.find((m) => m.subject === 'Ticket recorded: 投影仪')?.to, { timeout: 10_000 })
      .toEqual([raiser.email]);
  });
});

describe('with the mail server down', () => {
  it('answers the request, counts the failed attempt and sends the mail on a later try', async () => {
    const port = await freePort();
    const down = await createTestApp(import.meta.filename, { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: mailFrom }, [
      notifyFixturePlugin,
    ]);
    const admin = new pg.Client({ connectionString: down.ownerUrl });
    await admin.connect();
    let late: SmtpSink | undefined;
    try {
      const company = await signUpCompany(down.app, '邮件故障公司');
      await enablePlugin(company.client, 'fixture-notify');
      const self = [company.session.user.id];
      await raiseTicket(company.client, { title: '断网', notify: self, email: true });
      expect((await ticketMessages(company.client))[0]).toMatchObject({ title: '新工单：断网' });

      const row = async () =>
        (
          await admin.query<{ status: string; attempts: number; last_error: string | null; due_later: boolean }>(
            `SELECT status, attempts, last_error, next_attempt_at > now() AS due_later FROM mail_outbox`,
          )
        ).rows;
      await expect.poll(async () => (await row())[0]?.last_error ?? null, { timeout: 10_000 }).not.toBeNull();
      expect(await row()).toEqual([expect.objectContaining({ status: 'pending', attempts: 1, due_later: true })]);

      // the server is back and the retry is due: the next mail of the company takes the waiting one along
      expect(await dueMailTenants(down.app.ownerDb, 10)).toEqual([]);
      late = await startSmtpSink(port);
      await admin.query(`UPDATE mail_outbox SET next_attempt_at = now()`);
      // what the periodic sweep finds: only the company with mail due, across companies
      expect(await dueMailTenants(down.app.ownerDb, 10)).toEqual([company.session.tenant.id]);
      await raiseTicket(company.client, { title: '恢复', notify: self, email: true });
      await expect.poll(() => late?.received.map((m) => m.subject).sort(), { timeout: 10_000 }).toEqual([
        '新工单：恢复',
        '新工单：断网',
      ]);
      await expect.poll(async () => (await row()).map((r) => [r.status, r.attempts]).sort()).toEqual([
        ['sent', 1],
        ['sent', 2],
      ]);
    } finally {
      await admin.end();
      await down.close();
      await late?.close();
    }
  });
});
