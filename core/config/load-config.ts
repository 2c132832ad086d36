import { Ajv } from 'ajv';
import { configSchema, type EnvConfig } from './config-schema.ts';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Owner connection: runs migrations, owns the tables. Unset = start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  appDbUser: string;
  appDbPassword: string;
  poolMax: number;
  sessionTtlHours: number;
  cookieSecure: boolean;
  bodyLimit: number;
  /** Requests per minute and client address on the sign-up, sign-in and invitation endpoints. */
  authRateLimitPerMinute: number;
  demo: boolean;
  dataDir: string;
  /** Port of the embedded PostgreSQL, used only when DATABASE_URL is unset. */
  embeddedPgPort: number;
  shutdownGraceMs: number;
  /** npm packages to load as plugins, besides the workspace's `plugins/*` folders. */
  pluginPackages: string[];
  /** Install and upgrade discovered plugins at start (default outside production); else only the CLI does. */
  pluginsAutoInstall: boolean;
  /** Outgoing notification e-mail; unset = notifications stay in the message center only. */
  mail: { smtpUrl: string; from: string } | undefined;
  /** The operator API's bearer token (automation); unset = only signed-in operators reach that API. */
  operatorToken: string | undefined;
  /** Where companies transfer money for module orders; a field left unset shows a placeholder text. */
  bankTransfer: { accountName: string | undefined; bankName: string | undefined; account: string | undefined };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment. Every problem names the variable, so a bad deployment fails at
 * start with a message an operator can act on, not with a stack trace from deep inside a request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const ajv = new Ajv({ useDefaults: true, coerceTypes: true, allErrors: true });
  const validate = ajv.compile<EnvConfig>(configSchema);
  if (!validate(raw)) {
    const lines = (validate.errors ?? []).map((e) => {
      const name = e.instancePath.replace(/^\//, '') || String(e.params.additionalProperty ?? '');
      return `${name}: ${e.message ?? 'is invalid'}`;
    });
    throw new ConfigError(`Invalid environment configuration:\n  ${lines.join('\n  ')}`);
  }
  const production = raw.NODE_ENV === 'production';
  if (production && raw.DATABASE_URL && !raw.APP_DB_PASSWORD) {
    throw new ConfigError(
      'Invalid environment configuration:\n  APP_DB_PASSWORD: is required when NODE_ENV=production',
    );
  }
  if (raw.SMTP_URL && !raw.MAIL_FROM) {
    throw new ConfigError('Invalid environment configuration:\n  MAIL_FROM: is required when SMTP_URL is set');
  }
  const c = raw as EnvConfig;
  return {
    env: c.NODE_ENV ?? 'development',
    host: c.HOST ?? '127.0.0.1',
    port: c.PORT ?? 3000,
    logLevel: c.LOG_LEVEL ?? 'info',
    databaseUrl: c.DATABASE_URL,
    appDbUser: c.DATABASE_APP_USER ?? 'tessera_app',
    appDbPassword: c.APP_DB_PASSWORD ?? 'tessera_app_dev_password',
    poolMax: c.DATABASE_POOL_MAX ?? 10,
    sessionTtlHours: c.SESSION_TTL_HOURS ?? 168,
    cookieSecure: c.COOKIE_SECURE ?? production,
    bodyLimit: c.BODY_LIMIT_BYTES ?? 1048576,
    authRateLimitPerMinute: c.AUTH_RATE_LIMIT_PER_MINUTE ?? 30,
    demo: c.TESSERA_DEMO ? c.TESSERA_DEMO === 'on' : !production,
    dataDir: c.TESSERA_DATA_DIR ?? '.data',
    embeddedPgPort: c.EMBEDDED_PG_PORT ?? 54329,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS ?? 10000,
    pluginPackages: c.TESSERA_PLUGIN_PACKAGES ? c.TESSERA_PLUGIN_PACKAGES.split(',') : [],
    pluginsAutoInstall: c.TESSERA_PLUGINS_AUTO_INSTALL ? c.TESSERA_PLUGINS_AUTO_INSTALL === 'on' : !production,
    mail: c.SMTP_URL && c.MAIL_FROM ? { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM } : undefined,
    operatorToken: c.TESSERA_OPERATOR_TOKEN,
    bankTransfer: { accountName: c.TESSERA_BANK_ACCOUNT_NAME, bankName: c.TESSERA_BANK_NAME, account: c.TESSERA_BANK_ACCOUNT },
  };
}
