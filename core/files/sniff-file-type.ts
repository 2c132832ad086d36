import { fileTypeFromBuffer } from 'file-type';
import { allowedFileTypes } from './allowed-file-types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not. */
const hasControlBytes = (bytes: Uint8Array) =>
  bytes.some((byte) => (byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d : byte === 0x7f));

/**
 * Plain text has no magic number, so it is accepted only under a .txt/.csv name, as valid UTF-8 without
 * control bytes, and not starting like markup: a page saved as notes.txt is still refused.
 */
function textTypeOf(bytes: Uint8Array, name: string): string | null {
  const extension = name.toLowerCase().match(/\.(txt|csv)$/)?.[1];
  if (!extension || hasControlBytes(bytes)) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  if (/^[\s\ufeff]*</.test(text)) return null;
  return extension === 'csv' ? 'text/csv' : 'text/plain';
}

/** The file's type as its bytes show it, or null when it is not an allowed type. The client's word is ignored. */
export async function sniffFileType(bytes: Uint8Array, name: string): Promise<string | null> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed) return sniffed.mime in allowedFileTypes ? sniffed.mime : null;
  return textTypeOf(bytes, name);
}
