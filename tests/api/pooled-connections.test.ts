import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../core/db/database.ts';
import { listPage } from '../../core/db/list-page.ts';
import { initOrm } from '../../core/db/orm.ts';
import { Message } from '../../core/messages/entities/message.ts';
import { bindingOf, inboxPage } from '../support/inbox-page.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

// A transaction takes its pooled connection at its first statement, and a list page read (which binds
// itself, without BEGIN) gives its connection back as soon as its rows are in. Run on a pool of ONE
// connection: whatever held it needlessly would make the next step wait forever (and the test time out).

let t: TestApp;
let single: Database;
let a: SignedUp;
let b: SignedUp;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  single = new Database(await initOrm({ appUrl: t.appUrl, poolMax: 1, debug: false, pluginEntities: [] }));
  a = await signUpCompany(t.app, '甲公司');
  b = await signUpCompany(t.app, '乙公司');
});
afterAll(async () => {
  await single.close();
  await t.close();
});

const idsOf = async (who: SignedUp) =>
  new Set((await t.db.transaction(bindingOf(who), (em) => listPage(em, Message, inboxPage(who)))).rows.map((r) => r.id));

describe('pooled connections', () => {
  it('are not taken by transactions that have not sent a statement yet', async () => {
    const open = Array.from({ length: 5 }, () => single.entityManager(bindingOf(a)));
    for (const em of open) await single.begin(em, bindingOf(a));

    const page = await single.transaction(bindingOf(b), (em) => listPage(em, Message, inboxPage(b)));
    expect(page.total).toBeGreaterThan(0);

    for (const em of open) await em.commit();
  });

  it('are given back by a list page read as soon as its rows are in, while its transaction stays open', async () => {
    const aIds = await idsOf(a);
    const bIds = await idsOf(b);
    const first = single.entityManager(bindingOf(a));
    await single.begin(first, bindingOf(a));
    const firstPage = await listPage(first, Message, inboxPage(a));

    // the only connection is free again: another company reads and writes on it, each sees its own rows only
    const secondPage = await single.transaction(bindingOf(b), async (em) => {
      const page = await listPage(em, Message, inboxPage(b));
      const [row] = page.rows;
      if (!row) throw new Error('company b has no message');
      await em.execute('UPDATE messages SET title = ? WHERE id = ?', ['乙的新标题', row.id]);
      return page;
    });
    for (const row of firstPage.rows) expect(aIds.has(row.id)).toBe(true);
    for (const row of secondPage.rows) expect(bIds.has(row.id)).toBe(true);

    // the first transaction's first write opens its real transaction and holds the connection to its end
    const [own] = firstPage.rows;
    if (!own) throw new Error('company a has no message');
    await first.execute('UPDATE messages SET title = ? WHERE id = ?', ['甲的新标题', own.id]);
    const [foreign] = secondPage.rows;
    if (!foreign) throw new Error('company b has no message');
    const changed = await first.execute<unknown[]>('UPDATE messages SET title = ? WHERE id = ? RETURNING id', [
      '不该改到',
      foreign.id,
    ]);
    expect(changed).toEqual([]);
    await first.rollback();

    const titles = await single.transaction(bindingOf(a), (em) =>
      em.execute<{ title: string }[]>('SELECT title FROM messages WHERE id = ?', [own.id]),
    );
    expect(titles).toEqual([{ title: own.title }]);
  });
});
