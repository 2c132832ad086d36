import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { coreVersion } from '../core/plugin-runtime/core-version.ts';
import { entitiesTemplate } from './create-plugin/entities-ts.ts';
import { indexTemplate } from './create-plugin/index-ts.ts';
import { migrationName, migrationsTemplate } from './create-plugin/migrations-ts.ts';
import { nameProblem } from './create-plugin/name-problem.ts';
import { packageJsonTemplate } from './create-plugin/package-json.ts';
import { permissionsTemplate } from './create-plugin/permissions-ts.ts';
import { pluginNames } from './create-plugin/plugin-names.ts';
import { pluginTestTemplate } from './create-plugin/plugin-test-ts.ts';
import { readmeTemplate } from './create-plugin/readme-md.ts';
import { resourceTemplate } from './create-plugin/resource-ts.ts';
import { summaryRouteTemplate } from './create-plugin/summary-route-ts.ts';
import { summarySchemaTemplate } from './create-plugin/summary-schema-ts.ts';

/**
 * `npm run create-plugin -- <name> [--dir <folder>]`: writes a new plugin folder (manifest, entity,
 * migration, permissions, resource, one custom route, README and an API test) that passes its own test.
 */
const root = resolve(import.meta.dirname, '..');
const pluginsDir = join(root, 'plugins');
const usage = 'Usage / 用法: npm run create-plugin -- <name> [--dir <folder>]   (e.g. npm run create-plugin -- service-tickets)';

/** Prints the problem and ends with exit code 1 (explicitly: an exit hook elsewhere can turn 1 into 0). */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Paths in generated imports and printed commands use forward slashes on every platform. */
const posix = (path: string) => path.split(sep).join('/');

function readArgs() {
  try {
    return parseArgs({ options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

const args = readArgs();
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
const [name, ...extra] = args.positionals;
if (name === undefined || extra.length > 0) fail(usage);

// npm runs scripts from the repo root; a relative --dir means relative to where the developer typed it
const parent = resolve(process.env.INIT_CWD ?? process.cwd(), args.values.dir ?? pluginsDir);
const target = join(parent, name);
const problem = nameProblem(name, pluginsDir, target);
if (problem) fail(problem);

const n = pluginNames(name);
const [major, minor] = coreVersion.split('.');
const support = posix(relative(join(target, 'test'), join(root, 'tests/support')));
const testFile = posix(relative(root, join(target, 'test', `${name}.test.ts`)));
const files: Record<string, string> = {
  'package.json': packageJsonTemplate(n),
  'index.ts': indexTemplate(n, `^${major}.${minor}`),
  'entities.ts': entitiesTemplate(n),
  'migrations.ts': migrationsTemplate(n, migrationName(n, new Date())),
  'permissions.ts': permissionsTemplate(n),
  'resource.ts': resourceTemplate(n),
  'schemas/summary.ts': summarySchemaTemplate(),
  'routes/summary.ts': summaryRouteTemplate(n),
  'README.md': readmeTemplate(n, testFile),
  [`test/${name}.test.ts`]: pluginTestTemplate(n, support),
};

mkdirSync(parent, { recursive: true });
mkdirSync(target);
for (const [file, content] of Object.entries(files)) {
  mkdirSync(dirname(join(target, file)), { recursive: true });
  writeFileSync(join(target, file), content);
}

const shown = posix(relative(root, target));
console.log(`Created ${shown}/ / 已创建 ${shown}/:`);
for (const file of Object.keys(files)) console.log(`  ${file}`);
if (relative(root, target).startsWith('..')) {
  console.log(`\nNote / 注意: ${target} is outside the workspace, so '@tessera/core/sdk' and tests/support will not resolve there.`);
}
if (parent !== pluginsDir) {
  console.log(
    '\nNote / 注意: only plugins/* are workspaces the server discovers and whose tests vitest.config.ts includes; ' +
      'elsewhere, add the folder to package.json "workspaces" and name the package in TESSERA_PLUGIN_PACKAGES. ' +
      '/ 只有 plugins/* 是服务器自动发现、测试会被运行的工作区；放在别处须加入 package.json 的 workspaces 并写进 TESSERA_PLUGIN_PACKAGES。',
  );
}
console.log(`
Next steps / 下一步:
  1. npm install   (links the new workspace package / 链接新的工作区包)
  2. npm run tessera -- plugins install ${name}
     (or start the server with TESSERA_PLUGINS_AUTO_INSTALL on / 或开启 TESSERA_PLUGINS_AUTO_INSTALL 后启动服务)
  3. enable it on 系统设置 › 模块 as a company admin / 由企业管理员在 系统设置 › 模块 中启用
  4. npm run test:unit -- ${testFile}
`);
process.exit(0);
