import type { FastifyRequest } from 'fastify';
import type { RowCondition } from '../request-access.ts';
import { accessOf } from './access-of.ts';
import type { FieldFilter, ScopedWhere } from './query-spec.ts';

const operatorOf = { eq: '$eq', ne: '$ne', in: '$in', gte: '$gte', lte: '$lte', contains: '$contains' } as const;

/** `%` and `_` in a search term match themselves, not any text. */
const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `{ field: test }`, or for a JSON member `a.b`, `{ a: { b: test } }` (MikroORM's JSON property query). */
export function atFieldPath(field: string, test: unknown): RowCondition {
  const [head = field, ...members] = field.split('.');
  return { [head]: members.reduceRight<unknown>((inner, member) => ({ [member]: inner }), test) };
}

function filterCondition(filter: FieldFilter): RowCondition {
  if (filter.op === 'contains') {
    // a list inside a JSON field: containment on the JSON field itself (`custom @> '{"tags":["vip"]}'`)
    const [head = filter.field, ...members] = filter.field.split('.');
    const inner = members.reduceRight<unknown>((value, member) => ({ [member]: value }), [filter.value]);
    return { [head]: { [operatorOf.contains]: members.length > 0 ? inner : [filter.value] } };
  }
  return atFieldPath(filter.field, { [operatorOf[filter.op]]: filter.value });
}

/**
 * The SQL-side condition of a scoped read: the principal's data scope for `action` and the caller's filters
 * and search, after checking that every field they use is readable on every row the principal may see
 * (otherwise counts and ordering would reveal hidden values). `extraFields` are further fields the query
 * uses (sort keys, group-by, aggregated fields).
 */
export function scopedWhere<E extends object>(
  req: FastifyRequest,
  spec: ScopedWhere<E>,
  extraFields: readonly string[] = [],
  action = 'read',
): RowCondition {
  const access = accessOf(req);
  const filters = spec.filters ?? [];
  const uniform = access.uniformFields(action, spec.subject);
  const searchFields = !spec.search
    ? []
    : spec.search.readableOnly
      ? spec.search.fields.filter((field) => uniform.has(field))
      : spec.search.fields;
  access.assertQueryFields(action, spec.subject, [...filters.map((f) => f.field), ...searchFields, ...extraFields]);
  const parts: RowCondition[] = [access.rowCondition(action, spec.subject), ...filters.map(filterCondition)];
  if (spec.search && spec.search.term !== '') {
    const pattern = likePattern(spec.search.term);
    // no searchable field left: nothing matches, rather than everything
    parts.push(
      searchFields.length > 0 ? { $or: searchFields.map((field) => ({ [field]: { $ilike: pattern } })) } : { id: { $in: [] } },
    );
  }
  const nonEmpty = parts.filter((part) => Object.keys(part).length > 0);
  if (nonEmpty.length === 0) return {};
  return nonEmpty.length === 1 ? (nonEmpty[0] ?? {}) : { $and: nonEmpty };
}
