import { afterAll, beforeAll, expect, it } from 'vitest';
import { listPage } from '../../core/db/list-page.ts';
import { Message } from '../../core/messages/entities/message.ts';
import { salesFixturePlugin } from '../fixtures/sales-plugin/index.ts';
import { CustomerGroup } from '../fixtures/sales-plugin/entities.ts';
import { SalesSeeder } from '../fixtures/sales-plugin/seed.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [salesFixturePlugin]);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

it('sends every value as a bound parameter, never inside the SQL text', async () => {
  const hostile = "x' OR 'a'='a";
  const binding = { tenantId: owner.session.tenant.id, userId: owner.session.user.id };
  const sent: { sql: string; parameters: readonly unknown[] }[] = [];
  const result = await t.db.transaction(binding, async (em) => {
    // what goes to the driver: kysely hands `sql` and `parameters` to node-postgres as they are
    const trx = em.getTransactionContext() as { executeQuery: (query: (typeof sent)[number]) => Promise<unknown> };
    const executeQuery = trx.executeQuery.bind(trx);
    trx.executeQuery = (query) => {
      sent.push(query);
      return executeQuery(query);
    };
    return listPage(em, Message, {
      where: { recipientId: owner.session.user.id, title: hostile },
      fields: ['id', 'title', 'createdAt'],
      orderBy: [{ createdAt: 'desc' }],
      limit: 10,
      offset: 0,
    });
  });
  expect(result).toEqual({ rows: [], total: 0 });
  expect(sent).toHaveLength(1);
  const [statement] = sent;
  expect(statement?.sql).not.toContain("'");
  expect(statement?.sql).not.toContain(owner.session.tenant.id);
  expect(statement?.sql).toMatch(/\$1\b/);
  expect(statement?.parameters.filter((p) => p === hostile)).toHaveLength(2);
  expect(statement?.parameters.filter((p) => p === owner.session.tenant.id)).toHaveLength(2);
});

it('binds the values of ORM finds too', async () => {
  const binding = { tenantId: owner.session.tenant.id, userId: owner.session.user.id };
  const sent: { sql: string; parameters: readonly unknown[] }[] = [];
  await t.db.transaction(binding, async (em) => {
    const trx = em.getTransactionContext() as { executeQuery: (query: (typeof sent)[number]) => Promise<unknown> };
    const executeQuery = trx.executeQuery.bind(trx);
    trx.executeQuery = (query) => {
      sent.push(query);
      return executeQuery(query);
    };
    return em.find(Message, { title: "o'clock" });
  });
  expect(sent[0]?.sql).not.toContain("o'clock");
  expect(sent[0]?.parameters).toContain("o'clock");
});

it('maps columns to properties, with dates as dates', async () => {
  const binding = { tenantId: owner.session.tenant.id, userId: owner.session.user.id };
  const { rows, total } = await t.db.transaction(binding, (em) =>
    listPage(em, Message, {
      where: { recipientId: owner.session.user.id },
      fields: ['id', 'title', 'createdAt', 'readAt'],
      orderBy: [{ createdAt: 'desc' }],
      limit: 10,
      offset: 0,
    }),
  );
  expect(total).toBe(1);
  expect(rows[0]?.createdAt).toBeInstanceOf(Date);
  expect(rows[0]).toMatchObject({ title: expect.any(String), readAt: null });
  expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['createdAt', 'id', 'readAt', 'title']);
});

it('reuses one compiled statement per query shape with each request’s own values, tenant and page', async () => {
  const other = await signUpCompany(t.app, '第二家公司');
  const pageOf = (who: SignedUp, where: Record<string, unknown>, offset = 0) =>
    t.db.transaction({ tenantId: who.session.tenant.id, userId: who.session.user.id }, (em) =>
      listPage(em, Message, {
        where: { recipientId: who.session.user.id, ...where },
        fields: ['id', 'recipientId', 'status'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 1,
        offset,
      }),
    );
  for (const who of [owner, other, owner]) {
    const { rows, total } = await pageOf(who, { status: 'unread' });
    expect(total).toBe(1);
    expect(rows.map((r) => r.recipientId)).toEqual([who.session.user.id]);
    expect(await pageOf(who, { status: 'read' })).toEqual({ rows: [], total: 0 });
    // past the end: the total still counts this tenant's rows only
    expect(await pageOf(who, { status: 'unread' }, 5)).toEqual({ rows: [], total: 1 });
  }
  // values the statement cannot take as text (a date) are built per request, with the same answers
  const since = await pageOf(owner, { createdAt: { $gte: new Date(Date.now() - 3_600_000) } });
  expect(since.total).toBe(1);
  const later = await pageOf(owner, { createdAt: { $gte: new Date(Date.now() + 3_600_000) } });
  expect(later.total).toBe(0);
});

it('compares numbers in a where clause as themselves, even one equal to a number the compiled SQL uses inside', async () => {
  await new SalesSeeder(t.ownerUrl, owner.session.tenant.id).group('一折客户', 1);
  for (const odd of [987_654_321, 987_654_323]) {
    const page = await t.db.transaction({ tenantId: owner.session.tenant.id, userId: owner.session.user.id }, (em) =>
      listPage(em, CustomerGroup, {
        where: { discountPercent: { $ne: odd } },
        fields: ['id', 'discountPercent'],
        orderBy: [{ id: 'asc' }],
        limit: 1,
        offset: odd === 987_654_323 ? 1 : 0,
      }),
    );
    expect(page.total).toBe(1);
  }
});

it('prepares a list shape once per connection and answers each company from its own rows after the plan is cached', async () => {
  const other = await signUpCompany(t.app, '第三家公司');
  const pageOf = (who: SignedUp) =>
    t.db.transaction({ tenantId: who.session.tenant.id, userId: who.session.user.id }, async (em) => {
      // more runs than PostgreSQL makes custom plans for, so the last ones use the cached generic plan
      const pages = [];
      for (let i = 0; i < 8; i++) {
        pages.push(
          await listPage(em, Message, {
            where: { recipientId: who.session.user.id, category: 'system' },
            fields: ['id', 'recipientId'],
            orderBy: [{ createdAt: 'desc' }],
            limit: 5,
            offset: 0,
          }),
        );
      }
      const prepared = await em.execute<{ name: string; statement: string }[]>(
        "SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'tessera\\_%' AND statement LIKE '%\"messages\"%'",
      );
      return { pages, prepared };
    });
  for (const who of [owner, other, owner]) {
    const { pages, prepared } = await pageOf(who);
    for (const page of pages) {
      expect(page.total).toBe(1);
      expect(page.rows.map((row) => row.recipientId)).toEqual([who.session.user.id]);
    }
    expect(prepared.filter((statement) => statement.statement.includes('"category"'))).toHaveLength(1);
  }
});
