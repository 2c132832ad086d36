import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const namePattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The names the workspace's plugins already use: their folders and their package names' suffixes. */
function usedNames(pluginsDir: string): Set<string> {
  const used = new Set<string>();
  if (!existsSync(pluginsDir)) return used;
  for (const folder of readdirSync(pluginsDir, { withFileTypes: true }).filter((f) => f.isDirectory())) {
    used.add(folder.name);
    const packageFile = join(pluginsDir, folder.name, 'package.json');
    if (!existsSync(packageFile)) continue;
    const { name } = JSON.parse(readFileSync(packageFile, 'utf8')) as { name?: string };
    if (name?.startsWith('@tessera/plugin-')) used.add(name.slice('@tessera/plugin-'.length));
  }
  return used;
}

/**
 * Why `name` cannot be a new plugin's name, in English and Chinese on one line; `null` when it can.
 * The pattern is the manifest's (schemas/plugin.ts), with the length bounds asked of new plugins.
 */
export function nameProblem(name: string, pluginsDir: string, target: string): string | null {
  if (name.length < 2 || name.length > 40 || !namePattern.test(name)) {
    return (
      `Invalid plugin name "${name}": use 2–40 characters, lower-case words joined by hyphens (e.g. service-tickets). ` +
      `/ 插件名称 "${name}" 无效：须为 2–40 个字符、以连字符连接的小写单词（如 service-tickets）。`
    );
  }
  if (usedNames(pluginsDir).has(name)) {
    return `A plugin named "${name}" already exists in plugins/. / plugins/ 中已有名为 "${name}" 的插件。`;
  }
  if (existsSync(target)) return `The folder ${target} already exists. / 目录 ${target} 已存在。`;
  return null;
}
