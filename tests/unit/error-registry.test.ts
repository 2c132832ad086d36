import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { DomainError } from '../../core/http/domain-error.ts';
import type { PluginDefinition } from '../../core/plugin-runtime/plugin-definition.ts';
import enUS from '../../core/locales/en-US.json' with { type: 'json' };
import zhCN from '../../core/locales/zh-CN.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');
const coreErrorModules = globSync('core/**/*errors.ts', { cwd: root });
const pluginErrorModules = [...globSync('plugins/*/errors.ts', { cwd: root }), ...globSync('plugins/*/errors/*.ts', { cwd: root })];
const errorModules = [...coreErrorModules, ...pluginErrorModules];
const pluginFolders = [...new Set(pluginErrorModules.map((file) => file.split('/').slice(0, 2).join('/')))];

async function errorClasses(files: readonly string[] = errorModules): Promise<(typeof DomainError)[]> {
  const classes: (typeof DomainError)[] = [];
  for (const file of files) {
    const exported: Record<string, unknown> = await import(pathToFileURL(resolve(root, file)).href);
    for (const value of Object.values(exported)) {
      if (typeof value === 'function' && value.prototype instanceof DomainError)
        classes.push(value as typeof DomainError);
    }
  }
  return classes;
}

it('finds the error classes', async () => {
  expect(errorModules.length).toBeGreaterThanOrEqual(2);
  expect((await errorClasses()).length).toBeGreaterThan(15);
});

it('gives every error class a unique stable code and an HTTP status', async () => {
  const codes = new Map<string, string>();
  for (const cls of await errorClasses()) {
    expect(cls.code, cls.name).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?$/);
    expect(cls.status, cls.name).toBeGreaterThanOrEqual(400);
    expect(cls.status, cls.name).toBeLessThan(600);
    expect(codes.get(cls.code), `${cls.name} reuses ${cls.code}`).toBeUndefined();
    codes.set(cls.code, cls.name);
  }
});

it('has a zh-CN and an en-US title and detail for every error code: the core’s in its locales, a plugin’s in its manifest', async () => {
  const zh: Record<string, string> = zhCN;
  const en: Record<string, string> = enUS;
  for (const cls of await errorClasses(coreErrorModules)) {
    for (const part of ['title', 'detail']) {
      const key = `errors.${cls.code}.${part}`;
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  }
  for (const folder of pluginFolders) {
    const manifest = ((await import(pathToFileURL(resolve(root, folder, 'index.ts')).href)) as { default: PluginDefinition }).default;
    const files = errorModules.filter((file) => file.startsWith(`${folder}/`));
    for (const cls of await errorClasses(files)) {
      const texts = manifest.errors?.[cls.code];
      for (const text of [texts?.title, texts?.detail]) {
        expect(text?.['zh-CN'], `${folder}: ${cls.code}`).toBeTruthy();
        expect(text?.['en-US'], `${folder}: ${cls.code}`).toBeTruthy();
      }
    }
  }
});
