import type { ResourceView } from '../../../api/ui-extensions-api.ts';

/** `<plugin>.<resource>`: how a record field names its resource (`x-record`). */
export const resourceKeyOf = (resource: Pick<ResourceView, 'plugin' | 'name'>) => `${resource.plugin}.${resource.name}`;

/** The resource a record field names, among those the user's enabled modules offer them. */
export function resourceFor<R extends Pick<ResourceView, 'plugin' | 'name'>>(resources: readonly R[], key: unknown): R | undefined {
  return typeof key === 'string' ? resources.find((resource) => resourceKeyOf(resource) === key) : undefined;
}

/** What a record is shown as: its first list column's value (the id when that is empty or not text). */
export function recordLabelOf(record: Record<string, unknown>, resource: Pick<ResourceView, 'columns'>): string {
  const column = resource.columns[0];
  const value = column === undefined ? undefined : record[column];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return typeof record.id === 'string' ? record.id : '';
}
