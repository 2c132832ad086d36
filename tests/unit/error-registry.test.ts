import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { DomainError } from '../../core/http/domain-error.ts';
import enUS from '../../core/locales/en-US.json' with { type: 'json' };
import zhCN from '../../core/locales/zh-CN.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');
const errorModules = [
  ...globSync('core/**/*errors.ts', { cwd: root }),
  ...globSync('plugins/*/errors.ts', { cwd: root }),
  ...globSync('plugins/*/errors/*.ts', { cwd: root }),
];

async function errorClasses(): Promise<(typeof DomainError)[]> {
  const classes: (typeof DomainError)[] = [];
  for (const file of errorModules) {
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

it('has a zh-CN and an en-US title and detail for every error code', async () => {
  const zh: Record<string, string> = zhCN;
  const en: Record<string, string> = enUS;
  for (const cls of await errorClasses()) {
    for (const part of ['title', 'detail']) {
      const key = `errors.${cls.code}.${part}`;
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  }
});
