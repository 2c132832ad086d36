import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config/load-config.ts';

describe('configuration from the environment', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, env: 'development', demo: true, poolMax: 10 });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/LOG_LEVEL/);
    expect(attempt).toThrow(/DATABASE_URL/);
  });

  it('requires the app role password in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' })).toThrow(/APP_DB_PASSWORD/);
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db', APP_DB_PASSWORD: 'long-enough' }).demo,
    ).toBe(false);
  });
});
