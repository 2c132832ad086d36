import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('keeps a failing run’s exit code when the test database server module is loaded', () => {
  const script = `await import(${JSON.stringify(resolve(root, 'tests/support/test-database-server.ts'))}); process.exitCode = 1;`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
  expect(result.stderr.toString()).toBe('');
  expect(result.status).toBe(1);
});
