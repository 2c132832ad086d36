import type { FromSchema } from 'json-schema-to-ts';

/** Environment variables the server reads; anything else in the environment is ignored. */
export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    NODE_ENV: { type: 'string', enum: ['development', 'production', 'test'], default: 'development' },
    HOST: { type: 'string', minLength: 1, default: '127.0.0.1' },
    PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3000 },
    LOG_LEVEL: {
      type: 'string',
      enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      default: 'info',
    },
    DATABASE_URL: { type: 'string', pattern: '^postgres(ql)?://' },
    DATABASE_APP_USER: { type: 'string', pattern: '^[a-z_][a-z0-9_]{0,62}$', default: 'tessera_app' },
    APP_DB_PASSWORD: { type: 'string', minLength: 8 },
    DATABASE_POOL_MAX: { type: 'integer', minimum: 1, maximum: 200, default: 10 },
    SESSION_TTL_HOURS: { type: 'integer', minimum: 1, maximum: 8760, default: 168 },
    COOKIE_SECURE: { type: 'boolean' },
    AUTH_RATE_LIMIT_PER_MINUTE: { type: 'integer', minimum: 1, maximum: 100000, default: 30 },
    BODY_LIMIT_BYTES: { type: 'integer', minimum: 1024, maximum: 104857600, default: 1048576 },
    TESSERA_DEMO: { type: 'string', enum: ['on', 'off'] },
    TESSERA_DATA_DIR: { type: 'string', minLength: 1, default: '.data' },
    EMBEDDED_PG_PORT: { type: 'integer', minimum: 1024, maximum: 65535, default: 54329 },
    SHUTDOWN_GRACE_MS: { type: 'integer', minimum: 0, maximum: 600000, default: 10000 },
    /** Comma-separated npm package names of plugins to load besides the workspace's `plugins/*`. */
    TESSERA_PLUGIN_PACKAGES: { type: 'string', pattern: '^[@a-z0-9._/-]+(,[@a-z0-9._/-]+)*$' },
    TESSERA_PLUGINS_AUTO_INSTALL: { type: 'string', enum: ['on', 'off'] },
    /** Where notification e-mail goes out, e.g. `smtp://user:pass@mail.example.com:587`; unset = no e-mail. */
    SMTP_URL: { type: 'string', pattern: '^smtps?://[^\\s]+$', maxLength: 500 },
    /** The sender of notification e-mail, e.g. `Tessera <noreply@example.com>`; required with SMTP_URL. */
    MAIL_FROM: { type: 'string', pattern: '^[^\\r\\n]*@[^\\r\\n]+$', maxLength: 200 },
    /** Bearer token of the operator API (`/api/operator/*`) for automation; unset = only operators' sign-in sessions. At least 32 characters. */
    TESSERA_OPERATOR_TOKEN: { type: 'string', minLength: 32, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    /** The platform's bank account for module orders paid by transfer (shown to companies); unset = a placeholder text. */
    TESSERA_BANK_ACCOUNT_NAME: { type: 'string', maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]+$' },
    TESSERA_BANK_NAME: { type: 'string', maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]+$' },
    TESSERA_BANK_ACCOUNT: { type: 'string', maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]+$' },
  },
} as const;

export type EnvConfig = FromSchema<typeof configSchema>;
