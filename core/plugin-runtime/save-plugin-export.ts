import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PluginDataExport } from './plugin-data-export.ts';

/** Writes an export as `<dir>/<plugin>-<time>.json` (bigint values as text) and returns the file's path. */
export async function savePluginExport(dir: string, data: PluginDataExport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = resolve(join(dir, `${data.plugin}-${data.exportedAt.replaceAll(':', '-')}.json`));
  await writeFile(file, JSON.stringify(data, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value), 2), {
    flag: 'wx',
  });
  return file;
}
