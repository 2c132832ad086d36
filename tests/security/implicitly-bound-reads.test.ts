import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPage } from '../../core/db/list-page.ts';
import { Message } from '../../core/messages/entities/message.ts';
import { bindingOf, inboxPage } from '../support/inbox-page.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

// A list page's statement runs without BEGIN/COMMIT, carrying its own tenant binding in an implicit
// transaction (core/db/implicitly-bound-query.ts). These tests hold that to what a bound transaction gives.

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let aToken: TestClient;
let bToken: TestClient;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  a = await signUpCompany(t.app, '甲公司');
  b = await signUpCompany(t.app, '乙公司');
  aToken = (await apiTokenClient(a.client)).client;
  bToken = (await apiTokenClient(b.client)).client;
});
afterAll(() => t.close());


describe('a list page read without a transaction block', () => {
  it('answers each of many interleaved requests with its own company’s rows only', async () => {
    const own = async (client: TestClient) => {
      const body = (await client.get('/api/messages?pageSize=100')).json() as { items: { id: string }[] };
      return new Set(body.items.map((item) => item.id));
    };
    const aIds = await own(aToken);
    const bIds = await own(bToken);
    expect(aIds.size).toBeGreaterThan(0);
    expect(bIds.size).toBeGreaterThan(0);

    const clients = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? aToken : bToken));
    const pages = await Promise.all(
      clients.map(async (client) => {
        const response = await client.get('/api/messages?status=unread&sort=-createdAt');
        expect(response.statusCode).toBe(200);
        return { client, ids: (response.json() as { items: { id: string }[] }).items.map((item) => item.id) };
      }),
    );
    for (const { client, ids } of pages) {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect((client === aToken ? aIds : bIds).has(id)).toBe(true);
    }
  });

  it('is followed by a real transaction at the first write: later reads see the write, a rollback undoes all', async () => {
    const [first] = (await t.db.transaction(bindingOf(a), (em) => listPage(em, Message, inboxPage(a)))).rows;
    if (!first) throw new Error('the company has no message to work with');

    const failed = t.db.transaction(bindingOf(a), async (em) => {
      const before = await listPage(em, Message, inboxPage(a));
      await em.execute('UPDATE messages SET title = ? WHERE id = ?', ['改过的标题', first.id]);
      const after = await listPage(em, Message, inboxPage(a));
      const [state] = await em.execute<{ inTransaction: boolean }[]>(
        'SELECT now() <> statement_timestamp() OR txid_current_if_assigned() IS NOT NULL AS "inTransaction"',
      );
      throw new Error(
        JSON.stringify({
          before: before.rows.find((row) => row.id === first.id)?.title,
          after: after.rows.find((row) => row.id === first.id)?.title,
          inTransaction: state?.inTransaction,
        }),
      );
    });
    const seen = await failed.then(
      () => undefined,
      (error: Error) => JSON.parse(error.message) as { before: string; after: string; inTransaction: boolean },
    );
    expect(seen).toEqual({ before: first.title, after: '改过的标题', inTransaction: true });

    const [again] = (await t.db.transaction(bindingOf(a), (em) => listPage(em, Message, inboxPage(a)))).rows;
    expect(again).toEqual(first);
  });

  it('leaves its connection unbound and usable when the read fails', async () => {
    const failing = Array.from({ length: 12 }, () =>
      t.db.transaction(bindingOf(b), (em) =>
        listPage(em, Message, { ...inboxPage(b), where: { recipientId: b.session.user.id, id: 'not-a-uuid' } }),
      ),
    );
    for (const outcome of await Promise.allSettled(failing)) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/uuid/);
    }

    const connection = t.db.orm.em.getConnection();
    const settings = await Promise.all(
      Array.from({ length: 12 }, () =>
        connection.execute<{ tenant: string | null }[]>(`SELECT current_setting('app.tenant_id', true) AS tenant`),
      ),
    );
    for (const rows of settings) expect(rows[0]?.tenant ?? '').toBe('');

    const pages = await Promise.all(
      [a, b, a, b, a, b, a, b, a, b, a, b].map(async (who) => ({
        who,
        page: await t.db.transaction(bindingOf(who), (em) => listPage(em, Message, inboxPage(who))),
      })),
    );
    for (const { who, page } of pages) {
      expect(page.total).toBeGreaterThan(0);
      const foreign = who === a ? b : a;
      const foreignIds = new Set(
        (await t.db.transaction(bindingOf(foreign), (em) => listPage(em, Message, inboxPage(foreign)))).rows.map(
          (row) => row.id,
        ),
      );
      for (const row of page.rows) expect(foreignIds.has(row.id)).toBe(false);
    }
  });
});
