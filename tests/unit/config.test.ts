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

  it('sends e-mail only with both SMTP_URL and MAIL_FROM, naming the missing one', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 'a@b.cn' })).toThrow(/SMTP_URL/);
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Tessera <noreply@example.com>' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Tessera <noreply@example.com>',
    });
  });
});
