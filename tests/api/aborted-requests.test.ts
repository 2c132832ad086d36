import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
let port: number;
let token: string;
const poolSize = 3;
/** The server's log lines at warn and above. */
const logged: { level: number; msg: string }[] = [];

beforeAll(async () => {
  const logStream = { write: (line: string) => void logged.push(JSON.parse(line)) };
  t = await createTestApp(import.meta.filename, { DATABASE_POOL_MAX: String(poolSize) }, [], {
    logLevel: 'warn',
    logStream,
  });
  owner = await signUpCompany(t.app);
  token = (await apiTokenClient(owner.client)).client.credentials.token ?? '';
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(address).port);
});
afterAll(() => t.close());

/** Sends a signed-in write and hangs up `afterMs` later, before the body is complete. */
function hangUp(afterMs: number): Promise<void> {
  return sendAndHangUp(
    [
      'POST /api/forms HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      'Content-Length: 1000',
      `Cookie: ${owner.client.credentials.cookie ?? ''}`,
      `X-CSRF-Token: ${owner.client.credentials.csrfToken ?? ''}`,
      '',
      '{"title":',
    ].join('\r\n'),
    afterMs,
  );
}

/** Sends a signed-in read in full and hangs up `afterMs` later, most often before the answer. */
function hangUpOnRead(afterMs: number): Promise<void> {
  return sendAndHangUp(
    [
      'GET /api/messages?pageSize=100 HTTP/1.1',
      'Host: 127.0.0.1',
      `Authorization: Bearer ${token}`,
      '',
      '',
    ].join('\r\n'),
    afterMs,
  );
}

function sendAndHangUp(request: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(request);
      setTimeout(() => socket.destroy(), afterMs);
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

it('gives back the database connection of a client that hangs up mid-request, so the server keeps answering', async () => {
  // many more hang-ups than pooled connections, at every moment of the request's start
  for (let round = 0; round < 4; round++) await Promise.all(Array.from({ length: 10 }, (_, i) => hangUp(i % 5)));
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 0; i < poolSize * 2; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/forms`, {
      headers: { cookie: owner.client.credentials.cookie ?? '' },
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(200);
  }
});

it('rolls back once, without errors in the log, when clients hang up while their reads are under way', async () => {
  logged.length = 0;
  for (let round = 0; round < 6; round++) await Promise.all(Array.from({ length: 40 }, (_, i) => hangUpOnRead(i % 20)));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(logged.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    headers: { cookie: owner.client.credentials.cookie ?? '' },
    signal: AbortSignal.timeout(10_000),
  });
  expect(response.status).toBe(200);
});
