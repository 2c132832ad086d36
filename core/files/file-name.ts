/**
 * The uploader's file name as kept for display and downloads: the last path segment, without control
 * characters, at most 255 characters; `file` when nothing is left. It is never used as a storage key.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const printable = Array.from(base).filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f;
  });
  const cleaned = printable.join('').trim().slice(0, 255);
  return cleaned.length > 0 ? cleaned : 'file';
}
