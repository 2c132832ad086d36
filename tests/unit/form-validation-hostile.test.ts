import type { RJSFSchema } from '@rjsf/utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formValidator } from '../../admin-ui/src/forms/form-validator.ts';
import { checkFormData } from '../../schemas/form-validation/check-form-data.ts';
import { checkFormSchema } from '../../schemas/form-validation/check-form-schema.ts';
import { formLimits } from '../../schemas/form-validation/form-limits.ts';
import { createFormDataValidator, validateFormData } from '../../schemas/form-validation/validate-form-data.ts';

const locale = 'en-US';

function schemaProblems(schema: unknown): { pointer: string; code: string }[] {
  return checkFormSchema(schema, { locale }).problems.map(({ pointer, code }) => ({ pointer, code }));
}

function dataProblems(data: unknown): { pointer: string; code: string }[] {
  return checkFormData(data, { locale }).map(({ pointer, code }) => ({ pointer, code }));
}

function submit(schema: unknown, data: unknown, key = 'hostile'): { pointer: string; code: string }[] {
  return validateFormData({ key, schema, data, locale }).problems.map(({ pointer, code }) => ({ pointer, code }));
}

/** `{ properties: { f: { type: 'object', properties: { f: … } } } }`, `levels` objects deep. */
function nestedSchema(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let level = 0; level < levels; level++) schema = { type: 'object', properties: { f: schema } };
  return schema;
}

/** The same problems, in any order (problems are listed as the walk finds them). */
function expectSameProblems(actual: { pointer: string; code: string }[], expected: { pointer: string; code: string }[]): void {
  expect(actual).toHaveLength(expected.length);
  expect(actual).toEqual(expect.arrayContaining(expected));
}

afterEach(() => vi.restoreAllMocks());

describe('hostile schemas are refused before they are compiled', () => {
  it('a $ref to a URL or a file, without fetching anything', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const schema = {
      type: 'object',
      properties: { a: { $ref: 'https://evil.example/x.json' }, b: { $ref: 'file:///etc/passwd' }, c: { $ref: 'other.json#/x' } },
    };
    expectSameProblems(schemaProblems(schema), [
      { pointer: '/schema/properties/a/$ref', code: 'remote-ref' },
      { pointer: '/schema/properties/b/$ref', code: 'remote-ref' },
      { pointer: '/schema/properties/c/$ref', code: 'remote-ref' },
    ]);
    expect(submit(schema, {})).toContainEqual({ pointer: '/schema/properties/a/$ref', code: 'remote-ref' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('$ref loops, refs to missing definitions and $id URLs', () => {
    const schema = {
      type: 'object',
      $id: 'https://evil.example/form.json',
      definitions: { loop: { type: 'object', properties: { next: { $ref: '#/definitions/loop' } } } },
      properties: { a: { $ref: '#/definitions/missing' }, b: { $ref: '#' }, c: { $ref: '#/definitions/loop' } },
    };
    expectSameProblems(schemaProblems(schema), [
      { pointer: '/schema/$id', code: 'id-not-allowed' },
      { pointer: '/schema/definitions/loop/properties/next/$ref', code: 'ref-unsupported' },
      { pointer: '/schema/properties/a/$ref', code: 'ref-unsupported' },
      { pointer: '/schema/properties/b/$ref', code: 'ref-unsupported' },
    ]);
  });

  it('deep nesting', () => {
    const problems = schemaProblems(nestedSchema(formLimits.schemaDepth + 5));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('too-deep');
    // the first subschema past the limit: 12 levels of `properties/f`
    expect(problems[0]?.pointer).toBe(`/schema${'/properties/f'.repeat(formLimits.schemaDepth)}`);
    expect(schemaProblems(nestedSchema(formLimits.schemaDepth - 1))).toEqual([]);
    // 10,000 levels of plain JSON in a `default`: refused without recursing through them
    const deepDefault = JSON.parse(`{"type":"object","default":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(schemaProblems(deepDefault)).toEqual([{ pointer: `/schema/default${'/0'.repeat(formLimits.schemaJsonDepth - 1)}`, code: 'too-deep' }]);
  });

  it('catastrophic and unsupported patterns', () => {
    const schema = {
      type: 'object',
      properties: {
        backreference: { type: 'string', pattern: '^(a+)\\1$' },
        lookahead: { type: 'string', pattern: '^(?=.*\\d)(?=.*[a-z]).{8,}$' },
        lookbehind: { type: 'string', pattern: '(?<!x)y' },
        long: { type: 'string', pattern: 'a'.repeat(formLimits.patternLength + 1) },
        huge: { type: 'string', pattern: '(?:a?){999}a{999}' },
      },
      patternProperties: { '(\\w)\\1': { type: 'string' } },
    };
    expectSameProblems(schemaProblems(schema), [
      { pointer: '/schema/properties/backreference/pattern', code: 'pattern-unsupported' },
      { pointer: '/schema/properties/lookahead/pattern', code: 'pattern-unsupported' },
      { pointer: '/schema/properties/lookbehind/pattern', code: 'pattern-unsupported' },
      { pointer: '/schema/properties/long/pattern', code: 'pattern-too-long' },
      { pointer: '/schema/properties/huge/pattern', code: 'pattern-unsupported' },
      { pointer: '/schema/patternProperties/(\\w)\\1', code: 'pattern-unsupported' },
    ]);
  });

  it('__proto__, constructor and prototype keys, leaving Object.prototype alone', () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"string"},"a":{"type":"string","default":{"constructor":{"prototype":{"polluted":1}}}}},"__proto__":{"polluted":true}}',
    );
    expectSameProblems(schemaProblems(schema), [
      { pointer: '/schema/properties/__proto__', code: 'forbidden-key' },
      { pointer: '/schema/properties/a/default/constructor', code: 'forbidden-key' },
      { pointer: '/schema/__proto__', code: 'forbidden-key' },
    ]);
    expect(submit(schema, {})).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge schemas, too many fields, unknown keywords and formats, caps above ours', () => {
    const huge = { type: 'string', enum: Array.from({ length: 30_000 }, (_, index) => `option-${index}`) };
    expect(schemaProblems({ type: 'object', properties: { a: huge } })).toEqual([{ pointer: '/schema', code: 'too-large' }]);
    const endless = { type: 'object', properties: { a: { type: 'integer', enum: Array.from({ length: 200_000 }, (_, index) => index) } } };
    expect(schemaProblems(endless)).toEqual([{ pointer: '/schema', code: 'too-large' }]);
    const fields = Object.fromEntries(Array.from({ length: 401 }, (_, index) => [`f${index}`, { type: 'integer' }]));
    expect(schemaProblems({ type: 'object', properties: fields })).toEqual([{ pointer: '/schema', code: 'too-many-properties' }]);
    const odd = {
      type: 'object',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      unevaluatedProperties: false,
      properties: { a: { type: 'string', format: 'regex', 'x-unknown': 1 }, b: { type: 'array', maxItems: 100_000 } },
    };
    expectSameProblems(schemaProblems(odd), [
      { pointer: '/schema/$schema', code: 'dialect-unsupported' },
      { pointer: '/schema/unevaluatedProperties', code: 'unknown-keyword' },
      { pointer: '/schema/properties/a/format', code: 'format-unsupported' },
      { pointer: '/schema/properties/a/x-unknown', code: 'unknown-keyword' },
      { pointer: '/schema/properties/b/maxItems', code: 'limit-too-high' },
    ]);
  });

  it('adds list, text and object caps where the schema sets none, leaving the input as it was', () => {
    const schema = { type: 'object', properties: { a: { type: 'array', items: { type: 'string' } }, b: { type: 'string', maxLength: 10 } } };
    const before = structuredClone(schema);
    expect(checkFormSchema(schema, { locale }).schema).toEqual({
      type: 'object',
      maxProperties: formLimits.maxProperties,
      properties: {
        a: { type: 'array', maxItems: formLimits.maxItems, items: { type: 'string', maxLength: formLimits.maxLength } },
        b: { type: 'string', maxLength: 10 },
      },
    });
    expect(schema).toEqual(before);
  });
});

describe('hostile data is refused before it is validated', () => {
  const schema = { type: 'object', properties: { list: { type: 'array', items: { type: 'integer' } } } };

  it('deep nesting', () => {
    const deep = JSON.parse(`{"list":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(dataProblems(deep)).toEqual([{ pointer: `/body/data/list${'/0'.repeat(formLimits.dataDepth - 1)}`, code: 'too-deep' }]);
    expect(submit(schema, deep)).toEqual(dataProblems(deep));
  });

  it('a 100,000-element list', () => {
    const data = { list: Array.from({ length: 100_000 }, () => 0) };
    expect(dataProblems(data)).toEqual([{ pointer: '/body/data/list', code: 'too-many-nodes' }]);
    // a list within the node limit but past the list cap the schema was given
    expect(submit(schema, { list: Array.from({ length: formLimits.maxItems + 1 }, () => 0) })).toEqual([
      { pointer: '/body/data/list', code: 'max-items' },
    ]);
  });

  it('oversized data', () => {
    const data = { list: Array.from({ length: 30 }, () => 'x'.repeat(formLimits.maxLength)) };
    expect(dataProblems(data)).toEqual([{ pointer: '/body/data', code: 'too-large' }]);
  });

  it('__proto__, constructor and prototype keys, leaving Object.prototype alone', () => {
    const data = JSON.parse('{"a":{"__proto__":{"polluted":true}},"constructor":{"prototype":{"polluted":true}}}');
    expectSameProblems(dataProblems(data), [
      { pointer: '/body/data/a/__proto__', code: 'forbidden-key' },
      { pointer: '/body/data/constructor', code: 'forbidden-key' },
    ]);
    expect(submit({ type: 'object', additionalProperties: true }, data)).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a catastrophic pattern runs in linear time and simply does not match', () => {
    const catastrophic = { type: 'object', properties: { s: { type: 'string', pattern: '(a+)+$' }, t: { type: 'string', pattern: '^(\\w+\\s?)*$' } } };
    const data = { s: `${'a'.repeat(formLimits.maxLength - 1)}!`, t: `${'word '.repeat(3_000)}!` };
    expect(submit(catastrophic, data)).toEqual([
      { pointer: '/body/data/s', code: 'pattern' },
      { pointer: '/body/data/t', code: 'pattern' },
    ]);
    expect(submit(catastrophic, { s: 'aaaa', t: 'two words' })).toEqual([]);
    const browser = formValidator(locale).validateFormData(data, catastrophic as RJSFSchema);
    expect(browser.errors.map((error) => [error.property, error.name])).toEqual([
      ['.s', 'pattern'],
      ['.t', 'pattern'],
    ]);
  });

  it('too much text for big patterns is refused as a whole', () => {
    const heavy = { type: 'object', properties: { list: { type: 'array', items: { type: 'string', pattern: '(?:a?){300}a{300}' } } } };
    const data = { list: Array.from({ length: 400 }, () => 'a'.repeat(1_000)) };
    expect(submit(heavy, data)).toEqual([{ pointer: '/body/data', code: 'regex-work-exceeded' }]);
    expect(formValidator(locale).validateFormData(data, heavy as RJSFSchema).errors.map((error) => error.name)).toEqual([
      'regex-work-exceeded',
    ]);
    expect(submit(heavy, { list: ['a'.repeat(400)] })).toEqual([]);
  });

  it('the browser validator refuses the same hostile input', () => {
    const browser = formValidator(locale);
    const remote = { type: 'object', properties: { a: { $ref: 'https://evil.example/x.json' } } } as RJSFSchema;
    expect(browser.validateFormData({}, remote).errors.map((error) => error.name)).toEqual(['remote-ref']);
    expect(browser.isValid(remote, {}, remote)).toBe(false);
    const data = JSON.parse('{"list":[],"__proto__":{"polluted":true}}');
    expect(browser.validateFormData(data, schema as RJSFSchema).errors.map((error) => error.name)).toEqual(['forbidden-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('compiled schemas are cached by version, boundedly', () => {
  it('keeps at most maxCompiled and recompiles a key whose schema changed', () => {
    const validator = createFormDataValidator({ maxCompiled: 2 });
    const levels = (values: string[]) => ({ type: 'object', properties: { level: { type: 'string', enum: values } } });
    for (const key of ['form-a@1', 'form-b@1', 'form-c@1']) validator.validate({ key, schema: levels(['gold']), data: {}, locale });
    expect(validator.size).toBe(2);
    // the option set behind `level` gained a value: same version, newly expanded schema
    expect(validator.validate({ key: 'form-c@1', schema: levels(['gold']), data: { level: 'silver' }, locale }).problems).toHaveLength(1);
    expect(validator.validate({ key: 'form-c@1', schema: levels(['gold', 'silver']), data: { level: 'silver' }, locale }).problems).toEqual([]);
  });

  it('fills defaults into a copy, not into the caller’s data', () => {
    const data = {};
    const schema = { type: 'object', properties: { channel: { type: 'string', default: 'store' } } };
    expect(validateFormData({ key: 'defaults@1', schema, data, locale }).data).toEqual({ channel: 'store' });
    expect(data).toEqual({});
  });
});
