import { afterAll, beforeAll, expect, it } from 'vitest';
import { listPage } from '../../core/db/list-page.ts';
import { Message } from '../../core/messages/entities/message.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
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
