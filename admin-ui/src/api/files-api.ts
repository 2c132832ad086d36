import type { FileView } from '@tessera/schemas/file';
import { apiRequest } from './api-request.ts';

export type { FileView } from '@tessera/schemas/file';

/** Where uploads go (multipart, one file per request) and the answer is a FileView. */
export const fileUploadUrl = '/api/files';

/** The file's bytes: raster images inline, everything else as a download. */
export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

// A submission table shows the same files in many cells: ask for each file's name once per page load.
const infos = new Map<string, Promise<FileView>>();

/** Remembers a file just uploaded, so showing it asks the server nothing. */
export function rememberFile(file: FileView): void {
  infos.set(file.id, Promise.resolve(file));
}

/** A file's name, type and size; rejects with ApiError (404 for an id the company does not have). */
export function fetchFileInfo(id: string): Promise<FileView> {
  let found = infos.get(id);
  if (!found) {
    found = apiRequest<FileView>(`${fileUrl(id)}/info`);
    found.catch(() => infos.delete(id));
    infos.set(id, found);
  }
  return found;
}
