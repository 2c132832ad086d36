import type { FastifyRequest } from 'fastify';
import type { FieldFilter } from '../../access/scoped/query-spec.ts';
import { ValidationFailedError } from '../../http/core-errors.ts';
import { translate } from '../../i18n/translate.ts';
import type { CustomField } from './custom-field-store.ts';
import { customFieldPath } from './custom-field-values.ts';

type Query = Record<string, unknown>;

/** `custom.<key>` (equality, or "contains" for a multi-option field) and `custom.<key>From` / `To` (ranges). */
export const customFilterParam = /^custom\.[a-z][a-zA-Z0-9]{0,41}$/;
/** `custom.<key>` or `-custom.<key>`. */
export const customSortParam = /^-?custom\.([a-z][a-zA-Z0-9]{0,39})$/;

const ranged = new Set(['integer', 'number', 'money', 'date', 'date-time']);
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The query text as the value stored for the field, or undefined when it cannot be one. */
function typedValue(field: CustomField, text: string): unknown {
  switch (field.type) {
    case 'integer':
    case 'money':
      return /^-?\d{1,15}$/.test(text) ? Number(text) : undefined;
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'date':
      return datePattern.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
    case 'date-time':
      return Number.isNaN(Date.parse(text)) ? undefined : new Date(text).toISOString();
    default:
      return text;
  }
}

/** The field a parameter names: `<key>` itself, else `<key>From` / `<key>To` of a field `<key>`. */
function filterTarget(byKey: ReadonlyMap<string, CustomField>, name: string): { field?: CustomField; bound?: 'From' | 'To' } {
  const exact = byKey.get(name);
  if (exact) return { field: exact };
  const bound = name.endsWith('From') ? 'From' : name.endsWith('To') ? 'To' : undefined;
  const field = bound ? byKey.get(name.slice(0, -bound.length)) : undefined;
  return field && bound ? { field, bound } : {};
}

/**
 * The list query's custom-field filters, as filters on JSON members (`custom.<key>`), each value typed like
 * the field, so numbers compare as numbers. An unknown or disabled field, a range on a field without order,
 * or a value the field cannot hold is a 400 naming the parameter.
 */
export function customFilters(req: FastifyRequest, fields: readonly CustomField[], query: Query): FieldFilter[] {
  const byKey = new Map(fields.filter((field) => !field.disabled).map((field) => [field.key, field]));
  const filters: FieldFilter[] = [];
  const problems: { pointer: string; code: string; message: string }[] = [];
  for (const [param, text] of Object.entries(query)) {
    if (!customFilterParam.test(param) || typeof text !== 'string') continue;
    const { field, bound } = filterTarget(byKey, param.slice('custom.'.length));
    const pointer = `/query/${param}`;
    if (!field || (bound && !ranged.has(field.type))) {
      problems.push({ pointer, code: 'unknown-filter', message: translate(req.locale, 'custom-fields.unknown-filter', { param }) });
      continue;
    }
    const value = typedValue(field, text);
    if (value === undefined) {
      problems.push({ pointer, code: 'invalid-value', message: translate(req.locale, 'custom-fields.invalid-filter-value', { param }) });
      continue;
    }
    const op = bound === 'From' ? 'gte' : bound === 'To' ? 'lte' : field.type === 'options' ? 'contains' : 'eq';
    filters.push({ field: customFieldPath(field.key), op, value });
  }
  if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });
  return filters;
}

/** The sort on a custom field (`custom.<key>`, `-` for descending), or undefined for another sort. */
export function customSort(req: FastifyRequest, fields: readonly CustomField[], sort: unknown): { field: string; direction: 'asc' | 'desc' } | undefined {
  if (typeof sort !== 'string') return undefined;
  const match = customSortParam.exec(sort);
  if (!match) return undefined;
  const key = match[1] ?? '';
  if (!fields.some((field) => field.key === key && !field.disabled && field.type !== 'options')) {
    throw new ValidationFailedError(
      {},
      { fieldProblems: [{ pointer: '/query/sort', code: 'unknown-sort', message: translate(req.locale, 'custom-fields.unknown-sort', { sort }) }] },
    );
  }
  return { field: customFieldPath(key), direction: sort.startsWith('-') ? 'desc' : 'asc' };
}
