import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formValidationProbe } from '../fixtures/form-validation-probe-plugin.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [formValidationProbe]);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

const stringSchema = { type: 'object', properties: { s: { type: 'string' } } };

/** Each hostile body, as text, with the answer it must get. */
const hostile: { name: string; body: string; status: number; code: string; pointer?: string }[] = [
  {
    name: 'a catastrophic pattern against a long near-match',
    body: JSON.stringify({
      schema: { type: 'object', properties: { s: { type: 'string', pattern: '(a+)+$' } } },
      data: { s: `${'a'.repeat(19_999)}!` },
    }),
    status: 400,
    code: 'validation-failed',
    pointer: '/body/data/s',
  },
  {
    name: 'data nested 50,000 deep',
    body: `{"schema":${JSON.stringify(stringSchema)},"data":{"s":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    status: 400,
    code: 'validation-failed',
    pointer: `/body/data/s${'/0'.repeat(15)}`,
  },
  {
    name: 'a schema nested 20,000 deep',
    body: `{"schema":{"type":"object","properties":${'{"f":{"type":"object","properties":'.repeat(20_000)}{}${'}}'.repeat(20_000)}},"data":{}}`,
    status: 400,
    code: 'validation-failed',
    pointer: `/body/schema${'/properties/f'.repeat(12)}`,
  },
  {
    name: 'too much text for a big pattern (the regex work budget)',
    body: JSON.stringify({
      schema: { type: 'object', properties: { list: { type: 'array', items: { type: 'string', pattern: '(?:a?){300}a{300}' } } } },
      data: { list: Array.from({ length: 400 }, () => 'a'.repeat(1_000)) },
    }),
    status: 400,
    code: 'validation-failed',
    pointer: '/body/data',
  },
  {
    name: 'a 100,000-element list',
    body: JSON.stringify({ schema: { type: 'object' }, data: { list: Array.from({ length: 100_000 }, () => 0) } }),
    status: 400,
    code: 'validation-failed',
    pointer: '/body/data/list',
  },
  {
    name: 'a $ref to a URL',
    body: JSON.stringify({ schema: { type: 'object', properties: { a: { $ref: 'https://evil.example/x.json' } } }, data: {} }),
    status: 400,
    code: 'validation-failed',
    pointer: '/body/schema/properties/a/$ref',
  },
  {
    name: 'a $ref to a file',
    body: JSON.stringify({ schema: { type: 'object', properties: { a: { $ref: 'file:///etc/passwd' } } }, data: {} }),
    status: 400,
    code: 'validation-failed',
    pointer: '/body/schema/properties/a/$ref',
  },
  {
    name: 'a constructor key in the data',
    body: '{"schema":{"type":"object"},"data":{"constructor":{"name":"x"}}}',
    status: 400,
    code: 'validation-failed',
    pointer: '/body/data/constructor',
  },
  // the body parser refuses prototype poisoning before any route code runs
  { name: 'a __proto__ key in the data', body: '{"schema":{"type":"object"},"data":{"__proto__":{"polluted":true}}}', status: 400, code: 'malformed-body' },
];

async function post(body: string): Promise<{ status: number; problem: { code: string; errors?: { pointer: string }[] } }> {
  const response = await fetch(`${base}/api/p/form-probe/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body,
  });
  return { status: response.status, problem: (await response.json()) as { code: string; errors?: { pointer: string }[] } };
}

describe('hostile form schemas and data', () => {
  it('accepts a sound schema and data (the probe works)', async () => {
    const answer = await post(JSON.stringify({ schema: stringSchema, data: { s: '你好' } }));
    expect(answer.status).toBe(200);
  });

  it.each(hostile)('$name → $status $code', async ({ body, status, code, pointer }) => {
    const answer = await post(body);
    expect(answer.status).toBe(status);
    expect(answer.problem.code).toBe(code);
    if (pointer) expect(answer.problem.errors?.map((error) => error.pointer)).toContain(pointer);
  });

  it('answers a health check sent while the hostile requests are in flight', async () => {
    const settled: string[] = [];
    const inFlight = hostile.map(({ name, body }) =>
      post(body).then((answer) => {
        settled.push(name);
        return answer;
      }),
    );
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const answers = await Promise.all(inFlight);
    expect(settled).toHaveLength(hostile.length);
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    // and it still answers afterwards
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
