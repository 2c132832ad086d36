import { requestJson } from '../lib/http.ts';
import { benchForm, benchOptionSets } from './form-fixture.ts';

/** What the forms bench submits with: the company, the published form and an admin API token. */
export interface FormsBenchAccount {
  tenantId: string;
  userId: string;
  formId: string;
  version: number;
  token: string;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error(`${what}: expected an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what}: expected a non-empty string`);
  return value;
}

/**
 * Signs a company up through the API, creates the form's option sets, the form, publishes it, and creates
 * an API token with the built-in `admin` role: everything as a customer would, nothing through SQL.
 */
export async function setUpFormsBench(platformUrl: string): Promise<FormsBenchAccount> {
  const signUp = await requestJson('POST', `${platformUrl}/api/auth/sign-up`, {
    body: {
      tenantName: 'Bench Forms Company',
      email: 'owner@forms.bench.tessera.test',
      password: 'bench-password-2024',
      displayName: 'Bench Forms Owner',
    },
    expected: 201,
  });
  const view = record(signUp.body, 'sign-up response');
  const cookie = signUp.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('tessera_session='));
  if (!cookie) throw new Error('sign-up set no tessera_session cookie');
  const session = { cookie, 'x-csrf-token': text(view.csrfToken, 'sign-up csrfToken') };
  const post = (path: string, body: unknown) =>
    requestJson('POST', `${platformUrl}${path}`, { body, headers: session, expected: 201 });

  for (const set of benchOptionSets) {
    await post('/api/option-sets', { key: set.key, name: set.name });
    for (const option of set.options) {
      await post(`/api/option-sets/${set.key}/options`, {
        value: option.value,
        label: { 'zh-CN': option.zh, 'en-US': option.en },
        parentValue: option.parent ?? null,
      });
    }
  }
  const form = await post('/api/forms', { title: '门店月度经营报表（bench）', schema: benchForm.schema });
  const formId = text(record(form.body, 'form').id, 'form.id');
  const published = await post(`/api/forms/${formId}/publish`, {});
  const version = record(published.body, 'published version').version;
  if (typeof version !== 'number') throw new Error('publish answered no version number');
  const token = await post('/api/api-tokens', { name: 'bench forms', role: 'admin' });
  return {
    tenantId: text(record(view.tenant, 'sign-up tenant').id, 'sign-up tenant.id'),
    userId: text(record(view.user, 'sign-up user').id, 'sign-up user.id'),
    formId,
    version,
    token: text(record(token.body, 'api-token response').token, 'api-token token'),
  };
}
