import type { FileView } from '../../../api/files-api.ts';

export type UploadKind = 'file' | 'image';

/** The server's limit (docs/forms.md, "Files"); checked here first so nobody waits for a refusal. */
export const maxUploadBytes = 10 * 1024 * 1024;

const imageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const imageExtensions = ['.png', '.jpg', '.jpeg', '.gif', '.webp'];
const documentExtensions = ['.pdf', '.docx', '.xlsx', '.pptx', '.txt', '.csv'];

/** The file picker's `accept`: what the server takes for the kind of field. */
export function acceptOf(kind: UploadKind): string {
  return (kind === 'image' ? [...imageTypes, ...imageExtensions] : [...imageExtensions, ...documentExtensions]).join(',');
}

/**
 * Why a picked file would be refused, judged by its name and size; the server decides from the bytes.
 * `type` for a name the field does not take, `too-large` above 10 MB, `empty` for no bytes.
 */
export function uploadProblemOf(file: { name: string; size: number }, kind: UploadKind): 'type' | 'too-large' | 'empty' | null {
  const name = file.name.toLowerCase();
  const extensions = kind === 'image' ? imageExtensions : [...imageExtensions, ...documentExtensions];
  if (!extensions.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size > maxUploadBytes) return 'too-large';
  if (file.size === 0) return 'empty';
  return null;
}

/** The file ids a field's value holds: one id, a list of them, or none. */
export function fileIdsOf(value: unknown): string[] {
  if (typeof value === 'string' && value !== '') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [];
}

/** The value to store for these ids: a list on a multi-file field, else the one id (or nothing). */
export function fileValueOf(ids: readonly string[], isMultiple: boolean): string | string[] | undefined {
  if (isMultiple) return ids.length > 0 ? [...ids] : undefined;
  return ids[0];
}

export function isFileView(value: unknown): value is FileView {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && 'url' in value;
}

/** What a refused upload's answer says (a problem+json body), for the upload list and a message. */
export function uploadErrorText(response: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const { detail, title } = response as { detail?: unknown; title?: unknown };
  if (typeof detail === 'string' && detail !== '') return detail;
  return typeof title === 'string' && title !== '' ? title : undefined;
}
