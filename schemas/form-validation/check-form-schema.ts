import type { Ajv } from 'ajv';
import { createFormAjv, formExtensionKeywords } from './form-ajv-options.ts';
import { formFormatNames } from './form-formats.ts';
import { forbiddenKeys, formLimits } from './form-limits.ts';
import type { FormLocale } from './form-messages.ts';
import { type FormProblem, formProblem, pointerOf } from './form-problem.ts';
import { isJsonObject, isJsonScalar, jsonBytes, type JsonObject } from './json-value.ts';
import { isLinearPattern } from './re2-regexp.ts';

/** How a keyword's value is read: a subschema, a map or list of them, or plain JSON. */
type Role = 'schema' | 'schema-map' | 'schema-list' | 'items' | 'dependencies' | 'value';
type WalkRole = Exclude<Role, 'items'>;

const subschemaKeywords: Readonly<Record<string, Role>> = {
  properties: 'schema-map',
  patternProperties: 'schema-map',
  definitions: 'schema-map',
  dependencies: 'dependencies',
  items: 'items',
  allOf: 'schema-list',
  anyOf: 'schema-list',
  oneOf: 'schema-list',
  additionalItems: 'schema',
  contains: 'schema',
  additionalProperties: 'schema',
  propertyNames: 'schema',
  not: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
};

/** Draft-07's keywords (`$id` is one, refused on its own); anything else is refused as unknown. */
const draft07Keywords: ReadonlySet<string> = new Set([
  ...Object.keys(subschemaKeywords),
  ...['$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples'],
  ...['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern'],
  ...['maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required'],
  ...['const', 'enum', 'type', 'format', 'contentMediaType', 'contentEncoding'],
]);
const draft07Dialects: ReadonlySet<string> = new Set([
  'http://json-schema.org/draft-07/schema#',
  'http://json-schema.org/draft-07/schema',
]);
const refShape = /^#\/definitions\/([A-Za-z0-9_-]{1,100})$/;
const caps: Readonly<Record<string, number>> = {
  maxItems: formLimits.maxItems,
  maxLength: formLimits.maxLength,
  maxProperties: formLimits.maxProperties,
};
const maxProblems = 50;

interface Frame {
  value: unknown;
  tokens: readonly string[];
  role: WalkRole;
  /** For a subschema, its own nesting; for a map or list of subschemas, that of the schema holding it. */
  schemaDepth: number;
  jsonDepth: number;
  keyword: string;
  /** Inside the root's `definitions`, where `$ref` is refused so that no reference can loop. */
  isInDefinitions: boolean;
}

export interface CheckedFormSchema {
  problems: FormProblem[];
  /** The schema as validation uses it (list, text and object caps added); set when there is no problem. */
  schema?: JsonObject;
}

let metaAjv: Ajv | undefined;

/**
 * Refuses a form schema before it is compiled: no `$ref` leaving the form, no `$id`, no keyword outside
 * draft-07 and the registered `x-` extensions, no format outside `formFormats`, no pattern RE2 cannot
 * run or longer than `patternLength`, no list/text/object cap above ours, no
 * `__proto__`/`constructor`/`prototype` key anywhere, within the size, depth and field-count limits,
 * and valid against draft-07's meta-schema. Each problem carries a JSON pointer below `at`.
 *
 * Caps are added, not required: a list without `maxItems` gets `maxItems: 1000`, a text without
 * `maxLength` gets `maxLength: 20000`, an object without `maxProperties` gets `maxProperties: 1000`
 * (`formLimits`), in the returned copy; an explicit higher value is a problem. The input is not changed.
 */
export function checkFormSchema(
  schema: unknown,
  { locale, at = '/schema' }: { locale: FormLocale; at?: string },
): CheckedFormSchema {
  const problems: FormProblem[] = [];
  const report = (tokens: readonly string[], code: string, vars: Record<string, string | number> = {}): void => {
    if (problems.length < maxProblems) problems.push(formProblem(pointerOf(at, tokens), code, locale, vars));
  };
  if (!isJsonObject(schema)) {
    report([], 'schema-invalid');
    return { problems };
  }
  const definitions = isJsonObject(schema.definitions) ? schema.definitions : {};
  const stack: Frame[] = [
    { value: schema, tokens: [], role: 'schema', schemaDepth: 1, jsonDepth: 1, keyword: '', isInDefinitions: false },
  ];
  let nodes = 0;
  let properties = 0;

  const visitKeyword = (frame: Frame, node: JsonObject, key: string): void => {
    const tokens = [...frame.tokens, key];
    const value = node[key];
    if (Object.hasOwn(formExtensionKeywords, key)) {
      if (typeof value !== 'string' || value.length === 0 || value.length > 100) report(tokens, 'schema-invalid');
      return;
    }
    if (!draft07Keywords.has(key)) return report(tokens, 'unknown-keyword', { keyword: key });
    if (key === '$id') return report(tokens, 'id-not-allowed');
    if (key === '$schema' && (frame.tokens.length > 0 || typeof value !== 'string' || !draft07Dialects.has(value))) {
      return report(tokens, 'dialect-unsupported');
    }
    if (key === '$ref') return checkRef(value, tokens, frame.isInDefinitions);
    if (key === 'pattern' && typeof value === 'string') checkPattern(value, tokens);
    if (key === 'format' && typeof value === 'string' && !formFormatNames.includes(value)) {
      report(tokens, 'format-unsupported', { format: value });
    }
    const cap = caps[key];
    if (cap !== undefined && typeof value === 'number' && value > cap) report(tokens, 'limit-too-high', { keyword: key, limit: cap });
    const declared = subschemaKeywords[key] ?? 'value';
    // `items` is one subschema, or a list of them for a tuple
    const role = declared === 'items' ? (Array.isArray(value) ? 'schema-list' : 'schema') : declared;
    const schemaDepth = role === 'schema' ? frame.schemaDepth + 1 : frame.schemaDepth;
    stack.push({ ...frame, value, tokens, role, schemaDepth, jsonDepth: frame.jsonDepth + 1, keyword: key });
  };

  const checkRef = (value: unknown, tokens: readonly string[], isInDefinitions: boolean): void => {
    if (typeof value !== 'string') return report(tokens, 'schema-invalid');
    if (!value.startsWith('#')) return report(tokens, 'remote-ref');
    const name = refShape.exec(value)?.[1];
    if (name === undefined || isInDefinitions || !Object.hasOwn(definitions, name)) report(tokens, 'ref-unsupported');
  };

  const checkPattern = (pattern: string, tokens: readonly string[]): void => {
    if (pattern.length > formLimits.patternLength) report(tokens, 'pattern-too-long', { limit: formLimits.patternLength });
    else if (!isLinearPattern(pattern)) report(tokens, 'pattern-unsupported');
  };

  const pushMembers = (frame: Frame, roleOf: (member: unknown) => WalkRole): void => {
    const container = frame.value;
    const size = Array.isArray(container) ? container.length : Object.keys(container as JsonObject).length;
    // a list longer than the whole walk may be is refused without walking it
    if (size > formLimits.schemaNodes) return report([], 'too-large', { limit: formLimits.schemaBytes / 1024 });
    const keys = Array.isArray(container) ? container.map((_, index) => String(index)) : Object.keys(container as JsonObject);
    const pushedBefore = stack.length;
    for (const key of keys) {
      const tokens = [...frame.tokens, key];
      if (!Array.isArray(container) && forbiddenKeys.has(key)) {
        report(tokens, 'forbidden-key', { key });
        continue;
      }
      const value: unknown = (container as Record<string, unknown>)[key]; // an array or a plain object
      const role = roleOf(value);
      const schemaDepth = role === 'schema' ? frame.schemaDepth + 1 : frame.schemaDepth;
      const isInDefinitions = frame.isInDefinitions || (frame.keyword === 'definitions' && frame.tokens.length === 1);
      if (frame.keyword === 'properties' && frame.role === 'schema-map') properties++;
      if (frame.keyword === 'patternProperties' && frame.role === 'schema-map') checkPattern(key, tokens);
      stack.push({ ...frame, value, tokens, role, schemaDepth, jsonDepth: frame.jsonDepth + 1, isInDefinitions });
    }
    reverseFrom(stack, pushedBefore);
  };

  while (stack.length > 0 && problems.length < maxProblems) {
    const frame = stack.pop() as Frame; // the loop runs only while the stack has frames
    if (++nodes > formLimits.schemaNodes) {
      report([], 'too-large', { limit: formLimits.schemaBytes / 1024 });
      break;
    }
    const { value, role } = frame;
    if (isJsonScalar(value) && role !== 'schema') continue;
    if (frame.jsonDepth > formLimits.schemaJsonDepth) {
      report(frame.tokens, 'too-deep', { limit: formLimits.schemaJsonDepth });
      continue;
    }
    if (role === 'schema') {
      if (typeof value === 'boolean') continue;
      if (!isJsonObject(value)) {
        report(frame.tokens, 'schema-invalid');
      } else if (frame.schemaDepth > formLimits.schemaDepth) {
        report(frame.tokens, 'too-deep', { limit: formLimits.schemaDepth });
      } else {
        const pushedBefore = stack.length;
        for (const key of Object.keys(value)) {
          if (forbiddenKeys.has(key)) report([...frame.tokens, key], 'forbidden-key', { key });
          else visitKeyword(frame, value, key);
        }
        reverseFrom(stack, pushedBefore);
      }
      continue;
    }
    const isList = Array.isArray(value);
    if (!isList && !isJsonObject(value)) {
      report(frame.tokens, 'not-json');
    } else if (role === 'value') {
      pushMembers(frame, () => 'value');
    } else if ((role === 'schema-list') !== isList) {
      report(frame.tokens, 'schema-invalid');
    } else {
      pushMembers(frame, (member) => (role === 'dependencies' && Array.isArray(member) ? 'value' : 'schema'));
    }
  }
  if (problems.length === 0 && jsonBytes(schema) > formLimits.schemaBytes) {
    report([], 'too-large', { limit: formLimits.schemaBytes / 1024 });
  }
  if (properties > formLimits.totalProperties) report([], 'too-many-properties', { limit: formLimits.totalProperties });
  if (problems.length > 0) return { problems };
  metaAjv ??= createFormAjv();
  if (!metaAjv.validateSchema(schema)) {
    const pointers = new Set((metaAjv.errors ?? []).map((error) => `${at}${error.instancePath}`));
    return { problems: [...pointers].map((pointer) => formProblem(pointer, 'schema-invalid', locale)) };
  }
  return { problems, schema: capSchema(schema) as JsonObject };
}

/** Reverses `stack` from `start` on, so that frames pushed in document order are visited in it. */
function reverseFrom(stack: Frame[], start: number): void {
  stack.push(...stack.splice(start).reverse());
}

function typesOf(schema: JsonObject): ReadonlySet<unknown> {
  return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
}

function capSchema(schema: unknown): unknown {
  if (!isJsonObject(schema)) return schema;
  const capped: JsonObject = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, capKeyword(key, value)]));
  const types = typesOf(schema);
  if (types.has('string')) capped.maxLength ??= formLimits.maxLength;
  if (types.has('array') || Object.hasOwn(schema, 'items')) capped.maxItems ??= formLimits.maxItems;
  if (types.has('object') || Object.hasOwn(schema, 'properties')) capped.maxProperties ??= formLimits.maxProperties;
  return capped;
}

function capMembers(value: unknown, capMember: (member: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map(capMember);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, capMember(member)]));
}

function capKeyword(key: string, value: unknown): unknown {
  switch (subschemaKeywords[key]) {
    case 'schema':
      return capSchema(value);
    case 'schema-map':
    case 'schema-list':
      return capMembers(value, capSchema);
    case 'items':
      return Array.isArray(value) ? value.map(capSchema) : capSchema(value);
    case 'dependencies':
      return capMembers(value, (member) => (Array.isArray(member) ? member : capSchema(member)));
    default:
      return value;
  }
}
