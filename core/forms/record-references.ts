import { taggedValues } from './tagged-values.ts';

export interface RecordReference {
  /** JSON pointer into the data (`/dealer`). */
  pointer: string;
  id: string;
  /** `<plugin>.<resource>`, from the field's `x-record`. */
  resource: string;
}

/** Every record id the data holds at a field whose schema says `x-widget: record` and names `x-record`. */
export function recordReferences(schema: Record<string, unknown>, data: unknown): RecordReference[] {
  const tagOf = (field: Record<string, unknown>) =>
    field['x-widget'] === 'record' && typeof field['x-record'] === 'string' ? field['x-record'] : undefined;
  return taggedValues(schema, data, tagOf).map(({ pointer, value, tag }) => ({ pointer, id: value, resource: tag }));
}
