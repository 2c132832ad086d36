import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, inviteMember, updateMemberAccess } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  owner = await signUpCompany(t.app, '消息测试公司');
  const admin = new pg.Client({ connectionString: t.ownerUrl });
  await admin.connect();
  await admin.query(
    `INSERT INTO messages (tenant_id, id, recipient_id, category, title, status, created_at)
     SELECT $1, gen_random_uuid(), $2, CASE WHEN g % 2 = 0 THEN 'order' ELSE 'report' END, '消息 ' || g,
            CASE WHEN g % 3 = 0 THEN 'read' ELSE 'unread' END, now() - g * interval '1 minute'
       FROM generate_series(1, 45) g`,
    [owner.session.tenant.id, owner.session.user.id],
  );
  await admin.end();
});
afterAll(() => t.close());

describe('the message center', () => {
  it('pages, filters and sorts the inbox with a total that matches the rows', async () => {
    const first = (await owner.client.get('/api/messages?pageSize=20')).json();
    expect(first.total).toBe(46);
    expect(first.items).toHaveLength(20);
    expect(first.items[0].category).toBe('system');
    const times = first.items.map((m: { createdAt: string }) => m.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const last = (await owner.client.get('/api/messages?pageSize=20&page=3')).json();
    expect(last.items).toHaveLength(6);
    expect(last.total).toBe(46);
    const beyond = (await owner.client.get('/api/messages?pageSize=20&page=9')).json();
    expect(beyond).toMatchObject({ items: [], total: 46, page: 9 });

    const orders = (await owner.client.get('/api/messages?category=order&status=unread&pageSize=100')).json();
    expect(
      orders.items.every((m: { category: string; status: string }) => m.category === 'order' && m.status === 'unread'),
    ).toBe(true);
    expect(orders.total).toBe(orders.items.length);
    const oldestFirst = (await owner.client.get('/api/messages?sort=createdAt&pageSize=1')).json();
    expect(oldestFirst.items[0].title).toBe('消息 45');
  });

  it('marks a message read, updates the unread count and deletes it', async () => {
    const before = (await owner.client.get('/api/messages/unread-count')).json().count;
    const unread = (await owner.client.get('/api/messages?status=unread&pageSize=1')).json().items[0];
    const read = await owner.client.post(`/api/messages/${unread.id}/read`);
    expect(read.json()).toMatchObject({ id: unread.id, status: 'read' });
    expect(read.json().readAt).not.toBeNull();
    expect((await owner.client.get('/api/messages/unread-count')).json().count).toBe(before - 1);
    expect((await owner.client.delete(`/api/messages/${unread.id}`)).statusCode).toBe(204);
    expect((await owner.client.delete(`/api/messages/${unread.id}`)).statusCode).toBe(404);
    expect((await owner.client.get('/api/messages?pageSize=100')).json().total).toBe(45);
  });
});

describe('the inbox indexes', () => {
  it('give a page in its final order (time, then id), so PostgreSQL never sorts a page', async () => {
    const admin = new pg.Client({ connectionString: t.ownerUrl });
    await admin.connect();
    try {
      // the table is tiny here: make the planner show the index path it would take on a large one
      await admin.query('SET enable_seqscan = off');
      await admin.query('SET enable_bitmapscan = off');
      const pages = [
        "status = 'unread' ORDER BY created_at DESC, id DESC",
        "status = 'unread' ORDER BY created_at, id",
        'true ORDER BY created_at DESC, id DESC',
        'true ORDER BY created_at, id',
      ];
      for (const page of pages) {
        const { rows } = await admin.query<{ 'QUERY PLAN': unknown }>(
          `EXPLAIN (FORMAT JSON) SELECT id, title FROM messages
            WHERE tenant_id = $1 AND recipient_id = $2 AND ${page} LIMIT 20`,
          [owner.session.tenant.id, owner.session.user.id],
        );
        const plan = JSON.stringify(rows[0]?.['QUERY PLAN']);
        expect(plan).toContain('Index Scan');
        expect([page, plan.includes('Sort')]).toEqual([page, false]);
      }
    } finally {
      await admin.end();
    }
  });
});

describe('what the inbox shows', () => {
  it('is only the user’s own messages, narrowed by their rules, in the list, the count and single reads', async () => {
    await createRole(owner.client, 'no-reports', [
      { action: 'read', subject: 'Message' },
      { action: 'read', subject: 'Message', conditions: { category: 'report' }, inverted: true },
    ]);
    const clerk = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, clerk.userId, { roles: ['no-reports'] });
    const ownerTotal = (await owner.client.get('/api/messages')).json().total;
    const admin = new pg.Client({ connectionString: t.ownerUrl });
    await admin.connect();
    const { rows } = await admin.query<{ id: string; category: string }>(
      `INSERT INTO messages (tenant_id, id, recipient_id, category, title, status)
       SELECT $1, gen_random_uuid(), $2, c, c || ' 消息', 'unread' FROM unnest(ARRAY['order', 'report', 'report']) c
       RETURNING id, category`,
      [owner.session.tenant.id, clerk.userId],
    );
    await admin.end();
    const inbox = (await clerk.client.get('/api/messages')).json();
    expect(inbox.items.map((m: { category: string }) => m.category)).not.toContain('report');
    expect(inbox.items.map((m: { category: string }) => m.category)).toContain('order');
    expect((await clerk.client.get('/api/messages/unread-count')).json().count).toBe(
      inbox.items.filter((m: { status: string }) => m.status === 'unread').length,
    );
    const report = rows.find((r) => r.category === 'report');
    expect((await clerk.client.post(`/api/messages/${report?.id}/read`)).statusCode).toBe(404);
    expect((await clerk.client.delete(`/api/messages/${report?.id}`)).statusCode).toBe(404);
    // the owner manages everything, yet the inbox holds only what was sent to the owner
    expect((await owner.client.get('/api/messages')).json().total).toBe(ownerTotal);
  });
});
