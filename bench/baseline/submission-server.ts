/**
 * The raw baseline of the forms bench: plain fastify + pg, one INSERT of the submitted data as jsonb per
 * request into `bench_raw_form_submissions` (a copy of `form_submissions` with its columns, defaults,
 * checks and indexes, but no row-level security and no foreign keys), answering the same shape as the
 * platform. No validation, no transaction, no audit entry, no ORM; the token is checked against the one
 * given at start instead of the database. It is what storing a submission costs at the least.
 *
 * Environment: DATABASE_URL (a superuser), PORT, HOST (default 127.0.0.1), POOL_MAX (default 10) and
 * BASELINE_SUBMITTER, a JSON object { "token", "tenantId", "userId", "formId", "version" }.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';

interface Submitter {
  token: string;
  tenantId: string;
  userId: string;
  formId: string;
  version: number;
}

function loadSubmitter(raw: string | undefined): Submitter {
  if (!raw) throw new Error('BASELINE_SUBMITTER is not set');
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  const { token, tenantId, userId, formId, version } = parsed;
  if (
    typeof token !== 'string' ||
    typeof tenantId !== 'string' ||
    typeof userId !== 'string' ||
    typeof formId !== 'string' ||
    typeof version !== 'number'
  ) {
    throw new Error('BASELINE_SUBMITTER must be { token, tenantId, userId, formId, version }');
  }
  return { token, tenantId, userId, formId, version };
}

const submitter = loadSubmitter(process.env.BASELINE_SUBMITTER);
const authorization = `Bearer ${submitter.token}`;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

const insertSql = `insert into bench_raw_form_submissions (tenant_id, id, form_id, version, data, submitter_id)
  values ($1, $2, $3, $4, $5::jsonb, $6) returning status, submitted_at, updated_at`;

const body = {
  type: 'object',
  additionalProperties: false,
  required: ['data'],
  properties: { data: { type: 'object' } },
} as const;

const response = {
  201: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      formId: { type: 'string' },
      version: { type: 'integer' },
      data: { type: 'object', additionalProperties: true },
      submitterId: { type: 'string' },
      status: { type: 'string' },
      submittedAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
} as const;

interface Row {
  status: string;
  submitted_at: Date;
  updated_at: Date;
}

const app = Fastify({ logger: false });

app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/readyz', async () => {
  await pool.query('select 1');
  return { status: 'ready' };
});

app.post<{ Params: { id: string }; Body: { data: Record<string, unknown> } }>(
  '/api/forms/:id/submissions',
  { schema: { body, response } },
  async (request, reply) => {
    if (request.headers.authorization !== authorization) return reply.code(401).send({ code: 'unauthenticated' });
    if (request.params.id !== submitter.formId) return reply.code(404).send({ code: 'not-found' });
    const id = uuidv7();
    const { data } = request.body;
    const result = await pool.query<Row>(insertSql, [
      submitter.tenantId,
      id,
      submitter.formId,
      submitter.version,
      JSON.stringify(data),
      submitter.userId,
    ]);
    const row = result.rows[0];
    if (!row) throw new Error('insert returned no row');
    reply.code(201);
    return {
      id,
      formId: submitter.formId,
      version: submitter.version,
      data,
      submitterId: submitter.userId,
      status: row.status,
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
    };
  },
);

const close = async (): Promise<void> => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });
