import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm start` serves the built admin UI. Build it when it is missing or older than its sources, so a fresh
 * clone needs nothing but `npm install && npm start`.
 */
const root = resolve(import.meta.dirname, '..');
const builtIndex = join(root, 'admin-ui/dist/index.html');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = [join(root, 'admin-ui/src'), join(root, 'admin-ui/index.html'), join(root, 'schemas')];
const sourceTime = Math.max(
  ...sources.map((path) => (statSync(path).isDirectory() ? newestChange(path) : statSync(path).mtimeMs)),
);
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourceTime) {
  process.stdout.write('[tessera] building the admin UI …\n');
  const result = spawnSync('npm', ['run', 'build', '-w', 'admin-ui'], { cwd: root, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
