import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const zhFiles = [
  ...globSync('core/locales/zh-CN.json', { cwd: root }),
  ...globSync('admin-ui/src/locales/zh-CN.json', { cwd: root }),
  ...globSync('plugins/*/locales/zh-CN.json', { cwd: root }),
];

function keysOf(file: string): string[] {
  const flatten = (value: unknown, prefix: string): string[] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];
  return flatten(JSON.parse(readFileSync(resolve(root, file), 'utf8')), '').sort();
}

it('finds the locale catalogs', () => {
  expect(zhFiles).toContain('core/locales/zh-CN.json');
  expect(zhFiles).toContain('admin-ui/src/locales/zh-CN.json');
});

it.each(zhFiles)('%s and its en-US sibling have the same keys, none empty', (zhFile) => {
  const enFile = `${dirname(zhFile)}/en-US.json`;
  expect(existsSync(resolve(root, enFile)), enFile).toBe(true);
  expect(keysOf(enFile)).toEqual(keysOf(zhFile));
  for (const file of [zhFile, enFile]) {
    const text = readFileSync(resolve(root, file), 'utf8');
    expect(text, file).not.toMatch(/:\s*""/);
  }
});

it('writes the zh-CN catalogs in Chinese', () => {
  for (const file of zhFiles) {
    const values = Object.values(JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, unknown>);
    const chinese = JSON.stringify(values).match(/[\u4e00-\u9fff]/g) ?? [];
    expect(chinese.length, file).toBeGreaterThan(values.length);
  }
});
