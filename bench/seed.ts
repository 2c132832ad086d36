import type pg from 'pg';
import { withClient } from './lib/database.ts';
import { HttpError, requestJson } from './lib/http.ts';
import { createPrng, type Prng } from './lib/prng.ts';
import { insertAnnouncements } from './seed-announcements.ts';

/**
 * One seeded tenant: its owner, the owner's API tokens (one with the built-in `admin` role, which has no
 * conditions, one with the data-scoped `bench-scoped` role), and how many unread messages its owner has.
 */
export interface BenchTenant {
  index: number;
  tenantId: string;
  userId: string;
  token: string;
  scopedToken: string;
  unread: number;
  /** Announcements seeded for the grouped-report workload (as many as messages). */
  announcements: number;
}

export interface SeedOptions {
  /** Owner (superuser) URL of the bench database. */
  databaseUrl: string;
  /** Base URL of the running platform. */
  platformUrl: string;
  tenants: number;
  messagesPerTenant: number;
  seed: number;
  log: (line: string) => void;
}

const categories = ['order', 'report', 'announcement', 'system'] as const;

/**
 * The data-scope role of workload 2: one rule with three conditions, on the columns a data scope is made
 * of (the owner, a workflow state, a time window; all in the inbox index, as scope columns should be).
 * Every message of the owner meets them, so the scoped answer equals the unscoped one and only what the
 * rule costs differs.
 */
const scopedRole = {
  key: 'bench-scoped',
  name: 'Bench scoped reader',
  rules: [
    {
      action: 'read',
      subject: 'Message',
      conditions: {
        recipientId: '${user.id}',
        status: { $in: ['unread', 'read'] },
        createdAt: { $gte: '2000-01-01T00:00:00.000Z' },
      },
    },
  ],
};
const unreadShare = 0.3;
const spreadSeconds = 90 * 24 * 3600;
const password = 'bench-password-2024';

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error(`${what}: expected an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what}: expected a non-empty string`);
  return value;
}

const pad = (n: number): string => String(n).padStart(3, '0');

/** The request a tenant's sign-up sends: deterministic, so a re-run creates the same accounts. */
function signUpBody(index: number): Record<string, string> {
  return {
    tenantName: `Bench Tenant ${pad(index)}`,
    email: `owner-${pad(index)}@bench.tessera.test`,
    password,
    displayName: `Bench Owner ${pad(index)}`,
  };
}

/**
 * POST with a few retries on 429, 5 s apart and growing: a safety net, the bench raises the platform's
 * AUTH_RATE_LIMIT_PER_MINUTE so that one address can sign every tenant up.
 */
async function postWithRetry(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  log: (line: string) => void,
): Promise<Awaited<ReturnType<typeof requestJson>>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestJson('POST', url, { body, headers, expected: 201 });
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 429 || attempt >= 5) throw error;
      log(`  ${url} answered 429, waiting (attempt ${attempt})`);
      await new Promise((resolve) => setTimeout(resolve, 5000 * attempt));
    }
  }
}

/** Signs a tenant up through the API and creates its bench role and API tokens. */
async function createTenant(platformUrl: string, index: number, log: (line: string) => void): Promise<BenchAccount> {
  const signUp = await postWithRetry(`${platformUrl}/api/auth/sign-up`, signUpBody(index), {}, log);
  const view = record(signUp.body, 'sign-up response');
  const userId = text(record(view.user, 'sign-up user').id, 'sign-up user.id');
  const tenantId = text(record(view.tenant, 'sign-up tenant').id, 'sign-up tenant.id');
  const csrfToken = text(view.csrfToken, 'sign-up csrfToken');
  const cookie = signUp.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('tessera_session='));
  if (!cookie) throw new Error('sign-up set no tessera_session cookie');

  const session = { cookie, 'x-csrf-token': csrfToken };
  await postWithRetry(`${platformUrl}/api/roles`, scopedRole, session, log);
  const tokenWithRole = async (role: string): Promise<string> => {
    const created = await postWithRetry(`${platformUrl}/api/api-tokens`, { name: `bench ${role}`, role }, session, log);
    const token = text(record(created.body, 'api-token response').token, 'api-token token');
    if (!token.startsWith('tsk_')) throw new Error(`api token does not start with tsk_: ${token.slice(0, 8)}…`);
    return token;
  };
  // the grouped-report workload reads the announcements module's dataset
  await postWithRetry(`${platformUrl}/api/market/listings/announcements/trial`, {}, session, log);
  await requestJson('POST', `${platformUrl}/api/plugins/announcements/enable`, { body: { withRequirements: true }, headers: session, expected: 200 });
  return { tenantId, userId, token: await tokenWithRole('admin'), scopedToken: await tokenWithRole(scopedRole.key) };
}

/** Runs `work` over 0..count-1 with at most `limit` at a time, keeping the results in order. */
async function mapLimit<T>(count: number, limit: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

const titles: Record<(typeof categories)[number], readonly string[]> = {
  order: ['Order shipped', 'Order paid', 'Refund requested', 'Order cancelled'],
  report: ['Weekly campaign report', 'Monthly sales report', 'Coupon redemption report'],
  announcement: ['New feature released', 'Holiday schedule', 'Price list updated'],
  system: ['Scheduled maintenance', 'Password changed', 'New sign-in from a device', 'Export finished'],
};
const sentences = [
  'Open the details page to see every line item and the customer who placed it.',
  'The numbers cover all stores of the tenant and are in the tenant time zone.',
  'No action is needed unless something looks wrong to you.',
  'Contact your account manager if you have any questions about this change.',
  'The export is kept for seven days and can be downloaded from the reports page.',
  'Campaign budgets were not affected.',
] as const;

interface MessageColumns {
  category: string[];
  title: string[];
  body: string[];
  status: string[];
  createdAt: string[];
  readAt: (string | null)[];
}

/** One tenant's messages: a pure function of (seed, tenant index, anchor). */
function generateMessages(prng: Prng, count: number, anchorMs: number): MessageColumns {
  const columns: MessageColumns = {
    category: [],
    title: [],
    body: [],
    status: [],
    createdAt: [],
    readAt: [],
  };
  for (let i = 0; i < count; i++) {
    const category = prng.pick(categories);
    const createdMs = anchorMs - (1 + prng.int(spreadSeconds)) * 1000;
    const unread = prng.next() < unreadShare;
    columns.category.push(category);
    columns.title.push(`${prng.pick(titles[category])} #${10000 + prng.int(90000)}`);
    columns.body.push(`${prng.pick(sentences)} ${prng.pick(sentences)}`);
    columns.status.push(unread ? 'unread' : 'read');
    columns.createdAt.push(new Date(createdMs).toISOString());
    columns.readAt.push(
      unread ? null : new Date(Math.min(anchorMs, createdMs + prng.int(72 * 3600) * 1000)).toISOString(),
    );
  }
  return columns;
}

const insertedColumns = [
  'tenant_id',
  'id',
  'recipient_id',
  'category',
  'title',
  'body',
  'status',
  'created_at',
  'read_at',
];

/** Fails with a clear message when the server's `messages` table is not the one this seed writes. */
async function checkMessagesTable(client: pg.Client): Promise<void> {
  const result = await client.query<{ column_name: string; required: boolean }>(
    `select column_name, (is_nullable = 'NO' and column_default is null and is_identity = 'NO'
                          and is_generated = 'NEVER') as required
       from information_schema.columns where table_schema = 'public' and table_name = 'messages'`,
  );
  if (result.rows.length === 0)
    throw new Error('table public.messages does not exist: did the server run its migrations?');
  const present = new Set(result.rows.map((row) => row.column_name));
  const missing = insertedColumns.filter((name) => !present.has(name));
  const unknownRequired = result.rows.filter((row) => row.required && !insertedColumns.includes(row.column_name));
  if (missing.length > 0 || unknownRequired.length > 0) {
    throw new Error(
      `messages table differs from the bench's expectation: missing [${missing.join(', ')}], ` +
        `required columns the seed does not fill [${unknownRequired.map((row) => row.column_name).join(', ')}]`,
    );
  }
}

const insertSql = `
  insert into messages (${insertedColumns.join(', ')})
  select $1::uuid, gen_random_uuid(), $2::uuid, m.category, m.title, m.body, m.status, m.created_at, m.read_at
    from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])
         as m(category, title, body, status, created_at, read_at)`;

/** A tenant's owner and API tokens, as created through the API. */
export interface BenchAccount {
  tenantId: string;
  userId: string;
  token: string;
  scopedToken: string;
}

/**
 * Writes every account's messages straight into the table through the owner connection (a superuser, so
 * row-level security does not apply), then VACUUM ANALYZE and CHECKPOINT so that neither autovacuum nor a
 * checkpoint lands in the middle of a measurement. Account n (from 1) always gets the same rows.
 */
export async function insertMessages(
  databaseUrl: string,
  accounts: readonly BenchAccount[],
  options: { messagesPerTenant: number; seed: number; log: (line: string) => void },
): Promise<BenchTenant[]> {
  const { log } = options;
  let started = Date.now();
  // The anchor is the start of the current hour, so re-runs within the hour write identical timestamps.
  const anchorMs = Math.floor(Date.now() / 3600000) * 3600000;
  return withClient(databaseUrl, async (client) => {
    await checkMessagesTable(client);
    const tenants: BenchTenant[] = [];
    for (const [position, account] of accounts.entries()) {
      const index = position + 1;
      const prng = createPrng((options.seed ^ Math.imul(index, 0x9e3779b1)) >>> 0);
      const columns = generateMessages(prng, options.messagesPerTenant, anchorMs);
      await client.query(insertSql, [
        account.tenantId,
        account.userId,
        columns.category,
        columns.title,
        columns.body,
        columns.status,
        columns.createdAt,
        columns.readAt,
      ]);
      await insertAnnouncements(client, account, { index, count: options.messagesPerTenant, seed: options.seed, anchorMs });
      tenants.push({ index, ...account, unread: 0, announcements: options.messagesPerTenant });
      if (index % 20 === 0 || index === accounts.length) {
        log(`  messages of ${index}/${accounts.length} tenants inserted`);
      }
    }
    // The truth is the table: the platform adds its own messages (a welcome message at sign-up).
    const counts = await client.query<{ tenant_id: string; recipient_id: string; unread: number }>(
      `select tenant_id, recipient_id, count(*)::int as unread from messages where status = 'unread'
        group by tenant_id, recipient_id`,
    );
    const unreadOf = new Map(counts.rows.map((row) => [`${row.tenant_id}/${row.recipient_id}`, row.unread]));
    for (const tenant of tenants) tenant.unread = unreadOf.get(`${tenant.tenantId}/${tenant.userId}`) ?? 0;
    const total = accounts.length * options.messagesPerTenant;
    log(`  ${total.toLocaleString('en-US')} messages and as many announcements inserted in ${seconds(started)} s`);
    started = Date.now();
    await client.query('vacuum (analyze)');
    await client.query('checkpoint');
    log(`  VACUUM ANALYZE + CHECKPOINT in ${seconds(started)} s`);
    return tenants;
  });
}

const seconds = (since: number): string => ((Date.now() - since) / 1000).toFixed(1);

/** Creates the tenants and their API tokens through the API, then their messages through SQL. */
export async function seed(options: SeedOptions): Promise<BenchTenant[]> {
  const started = Date.now();
  const accounts = await mapLimit(options.tenants, 4, (i) => createTenant(options.platformUrl, i + 1, options.log));
  options.log(`  ${accounts.length} tenants signed up with API tokens in ${seconds(started)} s`);
  return insertMessages(options.databaseUrl, accounts, options);
}
