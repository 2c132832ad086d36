import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC (Regular), a full CJK font shipped in an npm package, so PDFs render Chinese with nothing
 * fetched at run time. It is ~10 MB: read once per process; pdfkit embeds only the glyphs a file uses.
 */
const fontPath = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

let loaded: Promise<Buffer> | undefined;

export function cjkFont(): Promise<Buffer> {
  loaded ??= readFile(fontPath).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
