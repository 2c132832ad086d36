import type { EntityManager } from '@mikro-orm/postgresql';

export interface StoredFileInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

export interface StoredFile extends StoredFileInfo {
  content: Buffer;
}

/** Stores an upload; RLS puts it in the bound company, and `tenantId` must be that company. */
export async function insertFile(
  em: EntityManager,
  file: StoredFileInfo & { tenantId: string; sha256: string; content: Buffer; uploadedBy: string },
): Promise<void> {
  await em.execute(
    'INSERT INTO files (tenant_id, id, name, content_type, size, sha256, content, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [file.tenantId, file.id, file.name, file.contentType, file.size, file.sha256, file.content, file.uploadedBy],
  );
}

/** One of the company's files with its bytes, or null (another company's id is simply not found). */
export async function findFile(em: EntityManager, id: string): Promise<StoredFile | null> {
  const [row] = await em.execute<{ id: string; name: string; content_type: string; size: number; content: Buffer }[]>(
    'SELECT id, name, content_type, size, content FROM files WHERE id = ?',
    [id],
  );
  return row ? { id: row.id, name: row.name, contentType: row.content_type, size: row.size, content: row.content } : null;
}

/** Name, type and size of those of `ids` the company has, for showing references. */
export async function fileInfos(em: EntityManager, ids: readonly string[]): Promise<StoredFileInfo[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<{ id: string; name: string; content_type: string; size: number }[]>(
    'SELECT id, name, content_type, size FROM files WHERE id IN (?)',
    [ids],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, contentType: row.content_type, size: row.size }));
}
