import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Inside the repo, so the generated code resolves the workspace's node_modules (`@tessera/core/sdk`) as a
// plugin in plugins/ would; .gitignore and eslint.config.js leave `.scaffold-tmp-*` out, tsconfig.json never
// includes it, and vitest.config.ts only finds its test through `--dir`.
const scratch = join(root, `.scaffold-tmp-${randomBytes(4).toString('hex')}`);
const pluginsDir = join(scratch, 'plugins');
const name = 'scaffold-check';
const generated = join(pluginsDir, name);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run create-plugin -- …`, as a developer types it. */
function createPlugin(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'create-plugin', '--', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A child process's exit code and everything it printed, without colours. */
function run(command: string, args: string[], options: SpawnOptions = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { cwd: root, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', failed);
    child.on('close', (status) => done({ status, output: stripVTControlCharacters(output) }));
  });
}

const bin = (path: string) => join(root, 'node_modules', path);

/** This run's environment (DATABASE_URL included) without the markers of the vitest worker it runs in. */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'FORCE_COLOR'));
  return { ...env, NO_COLOR: '1' };
}

describe('npm run create-plugin', () => {
  it('generates a plugin that passes its own test, tsc and eslint', { timeout: 240_000 }, async () => {
    const created = createPlugin(name, '--dir', pluginsDir);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Next steps');
    expect(created.stdout).toContain(`npm run tessera -- plugins install ${name}`);
    for (const file of ['package.json', 'index.ts', 'entities.ts', 'migrations.ts', 'permissions.ts', 'resource.ts', 'README.md', `test/${name}.test.ts`]) {
      expect(existsSync(join(generated, file)), file).toBe(true);
    }
    expect(existsSync(join(root, 'plugins', name))).toBe(false);

    // the repo's own rules, applied to the generated folder that `npm run typecheck` and `npm run lint` leave out
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        extends: '../tsconfig.base.json',
        compilerOptions: { types: ['node'] },
        include: ['plugins', '../tests/support', '../core/**/*.d.ts'],
      }),
    );
    const env = childEnv();
    const [ownTest, typecheck, lint] = await Promise.all([
      // the repo's vitest.config.ts; `--dir` makes its `plugins/*/test/**` pattern match inside the scratch folder
      run(process.execPath, [bin('vitest/vitest.mjs'), 'run', '--root', root, '--config', 'vitest.config.ts', '--dir', scratch], { env }),
      run(process.execPath, [bin('typescript/bin/tsc'), '-p', join(scratch, 'tsconfig.json')], { env }),
      run(process.execPath, [bin('eslint/bin/eslint.js'), '--no-ignore', '--max-warnings', '0', scratch], { env }),
    ]);
    expect(typecheck.status, typecheck.output).toBe(0);
    expect(lint.status, lint.output).toBe(0);
    expect(ownTest.status, ownTest.output).toBe(0);
    expect(ownTest.output).toContain(`plugins/${name}/test/${name}.test.ts`);
    expect(ownTest.output).toMatch(/Test Files\s+1 passed \(1\)/);
    expect(ownTest.output).toMatch(/Tests\s+(\d+) passed \(\1\)/);
  });

  it('refuses a bad or taken name with exit code 1 and a message in English and Chinese', () => {
    const cases: [string[], string, string][] = [
      [['Service_Tickets'], 'Invalid plugin name "Service_Tickets"', '插件名称 "Service_Tickets" 无效'],
      [['x'], 'Invalid plugin name "x"', '须为 2–40 个字符'],
      [['a'.repeat(41)], 'use 2–40 characters', '以连字符连接的小写单词'],
      [['tickets-'], 'Invalid plugin name "tickets-"', '无效'],
      [['announcements', '--dir', pluginsDir], 'A plugin named "announcements" already exists', '已有名为 "announcements" 的插件'],
      [[name, '--dir', pluginsDir], 'already exists', '已存在'],
    ];
    if (!existsSync(generated)) createPlugin(name, '--dir', pluginsDir);
    for (const [args, english, chinese] of cases) {
      const refused = createPlugin(...args);
      expect(refused.status, args.join(' ')).toBe(1);
      expect(refused.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(refused.stderr).toContain(english);
      expect(refused.stderr).toContain(chinese);
    }
    expect(existsSync(join(root, 'plugins', 'x'))).toBe(false);
  });
});
