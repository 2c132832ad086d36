import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  owner = await signUpCompany(t.app, '安全头公司');
});
afterAll(() => t.close());

const expected = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
};

describe('security headers', () => {
  it('are on every answer: a page, a public route, a refused request, an unknown route and bad input', async () => {
    const answers = [
      await owner.client.get('/api/messages'),
      await t.app.inject({ method: 'GET', url: '/healthz' }),
      await t.app.inject({ method: 'GET', url: '/api/messages' }),
      await t.app.inject({ method: 'GET', url: '/api/no-such-route' }),
      await owner.client.get('/api/messages?pageSize=abc'),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 401, 404, 400]);
    for (const answer of answers) {
      expect(answer.headers).toMatchObject(expected);
      expect(answer.headers['x-request-id']).toEqual(expect.any(String));
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
  });
});
