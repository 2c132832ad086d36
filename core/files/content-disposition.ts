import { isInlineType } from './allowed-file-types.ts';

/**
 * `Content-Disposition` for serving a stored file: inline only for raster images, an attachment for the
 * rest. The name goes in RFC 5987 form (UTF-8, percent-encoded) with an ASCII fallback, so neither quotes
 * nor non-Latin names can break the header.
 */
export function contentDisposition(name: string, contentType: string): string {
  const kind = isInlineType(contentType) ? 'inline' : 'attachment';
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
