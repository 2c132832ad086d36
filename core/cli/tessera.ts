/**
 * The operator's command line: `npm run tessera -- plugins …` and `npm run tessera -- operators …`.
 * It works as the owner role on the database of DATABASE_URL, or on the embedded PostgreSQL otherwise.
 */
import pg from 'pg';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { prepareDatabase } from '../db/prepare-database.ts';
import { PluginLifecycleError } from '../plugin-runtime/plugin-installer.ts';
import { operatorCommands, operatorsUsage, runOperatorsCommand } from './operators-command.ts';
import { pluginCommands, pluginsUsage, runPluginsCommand } from './plugins-command.ts';

const usage = `usage: npm run tessera -- <area> <command> [arguments]
${pluginsUsage}
${operatorsUsage}`;

const print = (line: string) => process.stdout.write(`${line}\n`);

const areas: Record<string, readonly string[]> = { plugins: pluginCommands, operators: operatorCommands };

async function run(args: readonly string[]): Promise<number> {
  const [area, command, ...rest] = args;
  if (!area || !command || !areas[area]?.includes(command)) {
    print(usage);
    return area === undefined || area === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (line) => print(`[embedded] ${line}`));
    ownerUrl = embedded.url;
  }
  try {
    await prepareDatabase(config, ownerUrl);
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      if (area === 'operators') return await runOperatorsCommand(client, command, rest, print);
      return await runPluginsCommand(client, config, command, rest, print);
    } finally {
      await client.end();
    }
  } finally {
    await embedded?.stop();
  }
}

let code: number;
try {
  code = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof PluginLifecycleError) print(error.message);
  else print(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  code = 1;
}
// exit explicitly: embedded-postgres's exit hook would turn the end of the event loop into exit code 0
process.exit(code);
