import { taggedValues } from './tagged-values.ts';

/** The `x-widget` values that make a string field a reference to an uploaded file. */
export const fileWidgets: ReadonlySet<string> = new Set(['file', 'image']);

export interface FileReference {
  /** JSON pointer into the data (`/photos/0`). */
  pointer: string;
  id: string;
}

/** Every file id the data holds at a field whose schema says `x-widget: file` or `image`, with where. */
export function fileReferences(schema: Record<string, unknown>, data: unknown): FileReference[] {
  const tagOf = (field: Record<string, unknown>) =>
    typeof field['x-widget'] === 'string' && fileWidgets.has(field['x-widget']) ? 'file' : undefined;
  return taggedValues(schema, data, tagOf).map(({ pointer, value }) => ({ pointer, id: value }));
}
