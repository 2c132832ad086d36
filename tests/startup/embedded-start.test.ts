import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'tessera-start-'));
let pgPort = 0;
// run as root, PostgreSQL runs as the `postgres` user and must be able to enter the folder
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** `npm start` as a user runs it: no DATABASE_URL, so the embedded PostgreSQL starts under the data dir. */
async function start(logLevel = 'warn'): Promise<Started> {
  const port = await freePort();
  pgPort ||= await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    TESSERA_DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['core/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (ready === 200) return { child, port, output: () => output };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`no /readyz within 90 s:\n${output}`);
}

function stop(started: Started): Promise<number | null> {
  return new Promise((done) => {
    started.child.once('exit', (code) => done(code));
    started.child.kill('SIGTERM');
  });
}

describe('npm start without DATABASE_URL', () => {
  it('starts the embedded PostgreSQL, becomes ready, prints the demo login once and stops cleanly', async () => {
    const first = await start();
    expect(first.output()).toContain('login: owner@demo.tessera.local');
    const docs = await fetch(`http://127.0.0.1:${first.port}/api/docs/json`);
    expect(docs.status).toBe(200);
    const openApi = (await docs.json()) as { paths: Record<string, unknown> };
    expect(openApi.paths['/api/auth/sign-in']).toBeDefined();
    expect(await stop(first)).toBe(0);

    // the data survives the restart: no second demo company
    const second = await start();
    expect(second.output()).not.toContain('created the demo company');
    expect(await stop(second)).toBe(0);
  }, 240_000);

  it('finishes a request in flight when asked to stop', async () => {
    const started = await start('info');
    const signUp = fetch(`http://127.0.0.1:${started.port}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        tenantName: '关停测试',
        displayName: '测',
        email: 'stop@example.com',
        password: 'stop-test-1',
      }),
    });
    // stop once the server has the request; the password hash alone keeps it busy for tens of milliseconds
    while (!/"url":"\/api\/auth\/sign-up"/.test(started.output())) await new Promise((r) => setTimeout(r, 2));
    const stopped = stop(started);
    expect((await signUp).status).toBe(201);
    expect(await stopped).toBe(0);
  }, 240_000);

  it('recovers from a stale lock file left by a crash', async () => {
    writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), '999999\n/nonexistent\n');
    const started = await start();
    expect(started.output()).toContain('stale PostgreSQL lock');
    expect(await stop(started)).toBe(0);
  }, 240_000);
});
