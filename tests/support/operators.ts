import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createOperator } from '../../core/operator/operator-accounts.ts';
import { TestClient, uniqueEmail } from './test-client.ts';

export interface SignedInOperator {
  client: TestClient;
  id: string;
  email: string;
  password: string;
}

/** Creates an operator account as the command line does (owner role) and returns its e-mail and password. */
export async function createOperatorAccount(ownerUrl: string, displayName = '平台运营'): Promise<{ id: string; email: string; password: string }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { operator, password } = await createOperator(client, { email: uniqueEmail('operator'), displayName });
    return { id: operator.id, email: operator.email, password };
  } finally {
    await client.end();
  }
}

/** Signs an operator in through the API; the client carries the operator cookie and CSRF token. */
export async function signInOperator(app: FastifyInstance, account: { id: string; email: string; password: string }): Promise<SignedInOperator> {
  const response = await app.inject({ method: 'POST', url: '/api/operator/auth/sign-in', payload: { email: account.email, password: account.password } });
  const cookie = response.cookies.find((c) => c.name === 'tessera_operator');
  if (response.statusCode !== 200 || !cookie) throw new Error(`operator sign-in failed: ${response.statusCode} ${response.body}`);
  const client = new TestClient(app, { cookie: `tessera_operator=${cookie.value}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken });
  return { client, ...account };
}

/** A new operator account, signed in. */
export async function signedInOperator(app: FastifyInstance, ownerUrl: string): Promise<SignedInOperator> {
  return signInOperator(app, await createOperatorAccount(ownerUrl));
}
