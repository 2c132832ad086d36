/**
 * The raw baseline: plain fastify + pg, the same SQL as the platform's message list with an explicit
 * `tenant_id = $1` filter, no ORM, no transaction, no row-level security (it connects as a superuser,
 * which bypasses RLS even on FORCE ROW LEVEL SECURITY tables), and tokens checked against a map loaded
 * at start instead of the database. It is what the platform's tenant-scoped page costs at the least.
 *
 * Environment: DATABASE_URL, PORT, HOST (default 127.0.0.1), POOL_MAX (default 10) and BASELINE_TOKENS,
 * a JSON object { "<token>": { "tenantId": "…", "userId": "…" } }.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { registerGroupedReportRoute } from './grouped-report-route.ts';

interface Principal {
  tenantId: string;
  userId: string;
}

function loadTokens(raw: string | undefined): Map<string, Principal> {
  if (!raw) throw new Error('BASELINE_TOKENS is not set');
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('BASELINE_TOKENS must be a JSON object');
  const tokens = new Map<string, Principal>();
  for (const [token, value] of Object.entries(parsed)) {
    const { tenantId, userId } = (value ?? {}) as Record<string, unknown>;
    if (typeof tenantId !== 'string' || typeof userId !== 'string')
      throw new Error(`BASELINE_TOKENS: bad entry for ${token.slice(0, 8)}…`);
    tokens.set(token, { tenantId, userId });
  }
  return tokens;
}

const tokens = loadTokens(process.env.BASELINE_TOKENS);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

const columns = 'id, category, title, body, status, created_at, read_at';
const pageSql = {
  desc: `select ${columns} from messages where tenant_id = $1 and recipient_id = $2 and status = $3 order by created_at desc limit $4 offset $5`,
  asc: `select ${columns} from messages where tenant_id = $1 and recipient_id = $2 and status = $3 order by created_at asc limit $4 offset $5`,
};
const countSql =
  'select count(*)::int as total from messages where tenant_id = $1 and recipient_id = $2 and status = $3';

interface MessageRow {
  id: string;
  category: string;
  title: string;
  body: string;
  status: string;
  created_at: Date;
  read_at: Date | null;
}

const querystring = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['unread', 'read'] },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    sort: { type: 'string', enum: ['createdAt', '-createdAt'], default: '-createdAt' },
  },
} as const;

const item = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    category: { type: 'string' },
    title: { type: 'string' },
    body: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    readAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

const response = {
  200: {
    type: 'object',
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  },
} as const;

interface ListQuery {
  status: 'unread' | 'read';
  page: number;
  pageSize: number;
  sort: 'createdAt' | '-createdAt';
}

const app = Fastify({ logger: false });

app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/readyz', async () => {
  await pool.query('select 1');
  return { status: 'ready' };
});

app.get<{ Querystring: ListQuery }>('/api/messages', { schema: { querystring, response } }, async (request, reply) => {
  const header = request.headers.authorization;
  const principal = header?.startsWith('Bearer ') ? tokens.get(header.slice(7)) : undefined;
  if (!principal) return reply.code(401).send({ code: 'unauthenticated' });
  const { status, page, pageSize, sort } = request.query;
  const scope = [principal.tenantId, principal.userId, status];
  const [rows, count] = await Promise.all([
    pool.query<MessageRow>(sort === '-createdAt' ? pageSql.desc : pageSql.asc, [
      ...scope,
      pageSize,
      (page - 1) * pageSize,
    ]),
    pool.query<{ total: number }>(countSql, scope),
  ]);
  return {
    items: rows.rows.map((row) => ({
      id: row.id,
      category: row.category,
      title: row.title,
      body: row.body,
      status: row.status,
      createdAt: row.created_at,
      readAt: row.read_at,
    })),
    total: count.rows[0]?.total ?? 0,
    page,
    pageSize,
  };
});

registerGroupedReportRoute(app, pool, (header) => (header?.startsWith('Bearer ') ? tokens.get(header.slice(7)) : undefined));

const close = async (): Promise<void> => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });
