import type { OptionSetImport } from '../../../api/option-sets-api.ts';

/** Base64 of a file's bytes, in chunks (one `fromCharCode` call per 32 KB keeps the stack small). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export class UnreadableImportFileError extends Error {
  override name = 'UnreadableImportFileError';
}

/**
 * The import request for a chosen file: `.xlsx` goes as base64, anything else is read as the JSON
 * exchange file (the export's format). The server checks the content itself.
 */
export async function importBodyOf(file: Blob & { name: string }, preview: boolean): Promise<OptionSetImport> {
  if (file.name.toLowerCase().endsWith('.xlsx')) {
    return { format: 'xlsx', preview, content: toBase64(new Uint8Array(await file.arrayBuffer())) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new UnreadableImportFileError(file.name);
  }
  if (typeof parsed !== 'object' || parsed === null || !('options' in parsed)) throw new UnreadableImportFileError(file.name);
  // the server validates the file against its schema and answers with pointers to what is wrong
  return { format: 'json', preview, set: parsed as OptionSetImport['set'] };
}

/** `/body/content/rows/5/color` → { row: 5, field: 'color' } (sheet row); `/body/set/options/3/value` → { row: 4, … } (1-based). */
export function importProblemPlace(pointer: string): { row: number; field: string } | null {
  const sheet = /^\/body\/content\/rows\/(\d+)(?:\/(.+))?$/.exec(pointer);
  if (sheet) return { row: Number(sheet[1]), field: sheet[2] ?? '' };
  const json = /^\/body\/set\/options\/(\d+)(?:\/(.+))?$/.exec(pointer);
  if (json) return { row: Number(json[1]) + 1, field: json[2] ?? '' };
  return null;
}
