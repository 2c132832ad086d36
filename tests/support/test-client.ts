import { randomBytes } from 'node:crypto';
import type { SessionView } from '@tessera/schemas/auth';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Credentials {
  cookie?: string;
  csrfToken?: string;
  token?: string;
}

/** Calls the app through its public HTTP interface, as a browser session or an API token. */
export class TestClient {
  readonly app: FastifyInstance;
  readonly credentials: Credentials;

  constructor(app: FastifyInstance, credentials: Credentials = {}) {
    this.app = app;
    this.credentials = credentials;
  }

  request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const auth: Record<string, string> = {};
    if (this.credentials.token) auth.authorization = `Bearer ${this.credentials.token}`;
    if (this.credentials.cookie) auth.cookie = this.credentials.cookie;
    if (this.credentials.csrfToken && method !== 'GET') auth['x-csrf-token'] = this.credentials.csrfToken;
    return this.app.inject({
      method,
      url,
      headers: { ...auth, ...headers },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tessera_session');
  if (!cookie) throw new Error(`no session cookie in a ${response.statusCode} answer: ${response.body}`);
  return `tessera_session=${cookie.value}`;
}

export interface SignedUp {
  client: TestClient;
  session: SessionView;
  email: string;
  password: string;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

/** Signs a new company up and returns its owner's browser session. */
export async function signUpCompany(app: FastifyInstance, tenantName = '华东商贸有限公司'): Promise<SignedUp> {
  const email = uniqueEmail('owner');
  const password = 'correct-horse-42';
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { tenantName, displayName: '张经理', email, password },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const session = response.json<SessionView>();
  return {
    client: new TestClient(app, { cookie: sessionCookieOf(response), csrfToken: session.csrfToken }),
    session,
    email,
    password,
  };
}

/** Creates an API token as the given session and returns a client that uses it. */
export async function apiTokenClient(
  owner: TestClient,
  role: 'admin' | 'member' = 'admin',
): Promise<{ client: TestClient; id: string }> {
  const response = await owner.post('/api/api-tokens', { name: `token-${role}`, role });
  if (response.statusCode !== 201) throw new Error(`token creation failed: ${response.statusCode} ${response.body}`);
  const { token, id } = response.json<{ token: string; id: string }>();
  return { client: new TestClient(owner.app, { token }), id };
}
