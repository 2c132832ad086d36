/** The largest file an upload may carry: 10 MB. */
export const maxFileBytes = 10 * 1024 * 1024;

/**
 * What may be uploaded, by the type sniffed from the bytes. Raster images are the only types served
 * inline; everything else (and anything not listed, such as SVG or HTML, which are refused) downloads.
 */
export const allowedFileTypes: Readonly<Record<string, { inline: boolean }>> = {
  'image/png': { inline: true },
  'image/jpeg': { inline: true },
  'image/gif': { inline: true },
  'image/webp': { inline: true },
  'application/pdf': { inline: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { inline: false },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { inline: false },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { inline: false },
  'text/plain': { inline: false },
  'text/csv': { inline: false },
};

export const isInlineType = (contentType: string): boolean => allowedFileTypes[contentType]?.inline === true;
