import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { uniqueEmail } from '../support/test-client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, { AUTH_RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(() => t.close());

it('limits sign-in attempts per client address, whatever account they try', async () => {
  const attempt = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: uniqueEmail(), password: 'guess-123' },
    });
  for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
  const limited = await attempt();
  expect(limited.statusCode).toBe(429);
  expect(limited.headers['content-type']).toContain('application/problem+json');
  expect(limited.json().code).toBe('rate-limited');
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
});

it('does not let a spoofed X-Forwarded-For header reset the limit', async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { 'x-forwarded-for': '203.0.113.7' },
    payload: { login: uniqueEmail(), password: 'guess-123' },
  });
  expect(response.statusCode).toBe(429);
});
