import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, type SignedUp, signUpCompany, type TestClient, uniqueEmail } from '../support/test-client.ts';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let bToken: TestClient;
let aMessageId: string;
let aInvitationId: string;
let aTokenId: string;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  a = await signUpCompany(t.app, '甲公司');
  b = await signUpCompany(t.app, '乙公司');
  bToken = (await apiTokenClient(b.client)).client;
  aMessageId = (await a.client.get('/api/messages')).json().items[0].id;
  aInvitationId = (await a.client.post('/api/invitations', { email: uniqueEmail(), role: 'member' })).json().id;
  aTokenId = (await apiTokenClient(a.client)).id;
});
afterAll(() => t.close());

/** B's two principals: the owner's browser session and an admin API token. */
const attackers = (): [string, TestClient][] => [
  ['session', b.client],
  ['API token', bToken],
];

describe('tenant B cannot reach tenant A through the HTTP API', () => {
  it.each(['session', 'API token'])('cannot read, update or delete A rows by id (as a %s)', async (kind) => {
    const attacker = new Map(attackers()).get(kind) as TestClient;
    expect((await attacker.post(`/api/messages/${aMessageId}/read`)).statusCode).toBe(404);
    expect((await attacker.delete(`/api/messages/${aMessageId}`)).statusCode).toBe(404);
    expect((await attacker.delete(`/api/invitations/${aInvitationId}`)).statusCode).toBe(404);
    expect((await attacker.delete(`/api/api-tokens/${aTokenId}`)).statusCode).toBe(404);
    expect((await attacker.delete(`/api/users/${a.session.user.id}`)).statusCode).toBe(404);

    const aMessages = (await a.client.get('/api/messages')).json();
    expect(aMessages.items.find((m: { id: string }) => m.id === aMessageId).status).toBe('unread');
    const aInvitations = (await a.client.get('/api/invitations')).json();
    expect(aInvitations.items.find((x: { id: string }) => x.id === aInvitationId).status).toBe('pending');
    const aTokens = (await a.client.get('/api/api-tokens')).json();
    expect(aTokens.items.find((x: { id: string }) => x.id === aTokenId).revokedAt).toBeNull();
  });

  it('lists, counts and filters only its own rows', async () => {
    for (const [, attacker] of attackers()) {
      const users = (await attacker.get('/api/users?pageSize=100')).json();
      expect(users.total).toBe(1);
      expect(users.items.map((u: { id: string }) => u.id)).toEqual([b.session.user.id]);
      const search = (await attacker.get(`/api/users?q=${encodeURIComponent(a.email)}`)).json();
      expect(search.total).toBe(0);
      const invitations = (await attacker.get('/api/invitations')).json();
      expect(invitations.items.some((x: { id: string }) => x.id === aInvitationId)).toBe(false);
      const tokens = (await attacker.get('/api/api-tokens')).json();
      expect(tokens.items.some((x: { id: string }) => x.id === aTokenId)).toBe(false);
      const tenant = (await attacker.get('/api/tenant')).json();
      expect(tenant.id).toBe(b.session.tenant.id);
    }
    expect((await b.client.get('/api/messages/unread-count')).json().count).toBe(1);
    const bMessages = (await b.client.get('/api/messages?status=unread&pageSize=100')).json();
    expect(bMessages.items.some((m: { id: string }) => m.id === aMessageId)).toBe(false);
  });

  it('cannot switch into A or change A settings', async () => {
    expect((await b.client.post('/api/auth/switch-tenant', { tenantId: a.session.tenant.id })).statusCode).toBe(404);
    const moved = await b.client.patch('/api/tenant', { name: '被篡改', id: a.session.tenant.id });
    expect(moved.statusCode).toBe(400);
    await b.client.patch('/api/tenant', { name: '乙公司（新）' });
    expect((await a.client.get('/api/tenant')).json().name).toBe('甲公司');
  });

  it('cannot use an A token with its tenant part swapped for B', async () => {
    const { client: aTokenClient } = await apiTokenClient(a.client);
    const secret = aTokenClient.credentials.token ?? '';
    const forged = secret.replace(/^tsk_[0-9a-f]{32}_/, `tsk_${b.session.tenant.id.replaceAll('-', '')}_`);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/tenant',
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('the database itself keeps tenants apart', () => {
  async function withAppRole<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  it('shows nothing to the app role without app.tenant_id', async () => {
    await withAppRole(async (client) => {
      for (const table of ['messages', 'memberships', 'invitations', 'api_tokens', 'tenants']) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect(rows[0].n, table).toBe(0);
      }
    });
  });

  it('refuses an insert carrying another tenant id', async () => {
    await withAppRole(async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [b.session.tenant.id]);
      await expect(
        client.query(
          `INSERT INTO messages (tenant_id, id, recipient_id, category, title) VALUES ($1, gen_random_uuid(), $2, 'system', 'x')`,
          [a.session.tenant.id, a.session.user.id],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
    });
  });

  it('cannot move a row into another tenant by updating tenant_id', async () => {
    await withAppRole(async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [b.session.tenant.id]);
      await expect(client.query('UPDATE messages SET tenant_id = $1', [a.session.tenant.id])).rejects.toThrow(
        /row-level security/,
      );
      await client.query('ROLLBACK');
    });
  });

  it('leaves no tenant setting on a pooled connection after a request', async () => {
    for (let i = 0; i < 10; i++) expect((await b.client.get('/api/messages')).statusCode).toBe(200);
    const connection = t.db.orm.em.getConnection();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        connection.execute<{ tenant: string | null }[]>(`SELECT current_setting('app.tenant_id', true) AS tenant`),
      ),
    );
    for (const rows of results) expect(rows[0]?.tenant ?? '').toBe('');
  });

  it('binds each transaction afresh, also after one that ran nothing and one that failed', async () => {
    const bindingOf = (who: SignedUp) => ({ tenantId: who.session.tenant.id, userId: who.session.user.id });
    await t.db.transaction(bindingOf(a), async () => undefined);
    await expect(
      t.db.transaction(bindingOf(a), (em) => em.execute('SELECT * FROM no_such_table')),
    ).rejects.toThrow(/no_such_table/);
    const seen = await Promise.all(
      [a, b, a, b, a, b].map((who) =>
        t.db.transaction(bindingOf(who), async (em) => {
          const [row] = await em.execute<{ tenant: string }[]>(`SELECT current_setting('app.tenant_id', true) AS tenant`);
          return { expected: who.session.tenant.id, tenant: row?.tenant };
        }),
      ),
    );
    for (const { expected, tenant } of seen) expect(tenant).toBe(expected);
  });
});
