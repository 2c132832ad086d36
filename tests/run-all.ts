import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm test`: every check CI runs, in order — types, lint, unit/API/security tests on real PostgreSQL,
 * then the browser tests against the built admin UI. Ends with one `N passed, N failed` line.
 */
const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const chromium = '/usr/bin/chromium';

function step(title: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function hasChineseFont(): boolean {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim().length > 0;
}

/** Debian's Chromium and a CJK font (zh-CN screenshots are unreadable without one), installed when missing. */
function ensureChromium(): boolean {
  if (existsSync(chromium) && hasChineseFont()) return true;
  const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (!canApt) {
    process.stderr.write(
      'Chromium or a Chinese font is missing: run "sudo apt-get install -y chromium fonts-wqy-microhei", then npm test again.\n',
    );
    return false;
  }
  process.stdout.write('\n▶ installing Chromium for the browser tests (apt-get)\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const packages = ['chromium', 'fonts-wqy-microhei'];
  return (
    spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env }).status === 0 && existsSync(chromium)
  );
}

function vitestCounts(reportFile: string): { passed: number; failed: number } {
  if (!existsSync(reportFile)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
const record = (name: string, ok: boolean) => {
  if (!ok) failedSteps.push(name);
};

record('typecheck', step('typecheck', npm, ['run', 'typecheck']));
record('lint', step('lint', npm, ['run', 'lint']));

const report = join(mkdtempSync(join(tmpdir(), 'tessera-vitest-')), 'report.json');
const vitestOk = step('unit, API and security tests (vitest)', npm, [
  'exec',
  '--',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
const counts = vitestCounts(report);
passed += counts.passed;
failed += counts.failed;
record('vitest', vitestOk);

const uiBuilt = step('build the admin UI', npm, ['run', 'build']);
record('build', uiBuilt);
if (uiBuilt && ensureChromium()) {
  const e2eOk = step('browser tests (Playwright + Chromium)', process.execPath, ['tests/e2e/run.ts']);
  if (e2eOk) passed += 1;
  else failed += 1;
  record('e2e', e2eOk);
} else {
  failed += 1;
  record('e2e', false);
}

if (failedSteps.length > 0) process.stdout.write(`\nfailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 ? 1 : 0;
