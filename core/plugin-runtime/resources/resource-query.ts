import type { SubjectFieldType } from '../../access/subject-registry.ts';
import type { FieldFilter } from '../../access/scoped/query-spec.ts';
import type { ResourceDefinition } from './resource-definition.ts';
import { filterKind } from './resource-schemas.ts';

type Query = Record<string, unknown>;

/** The list query's filter parameters (already validated by its schema) as filters on the subject's fields. */
export function resourceFilters(
  resource: ResourceDefinition,
  query: Query,
  fieldType: (field: string) => SubjectFieldType,
): FieldFilter[] {
  const filters: FieldFilter[] = [];
  for (const field of resource.list.filters ?? []) {
    if (filterKind(fieldType(field)) === 'range') {
      const from = query[`${field}From`];
      const to = query[`${field}To`];
      if (from !== undefined) filters.push({ field, op: 'gte', value: from });
      if (to !== undefined) filters.push({ field, op: 'lte', value: to });
    } else if (query[field] !== undefined) {
      filters.push({ field, op: 'eq', value: query[field] });
    }
  }
  return filters;
}

export function resourceSearch(resource: ResourceDefinition, query: Query) {
  const term = query['search'];
  const fields = resource.list.search ?? [];
  return typeof term === 'string' && term !== '' && fields.length > 0 ? { search: { term, fields, readableOnly: true } } : {};
}
