import type { EntityManager } from '@mikro-orm/postgresql';
import type { FormSettings } from '@tessera/schemas/form';

type Json = Record<string, unknown>;

export interface FormRecord {
  id: string;
  title: string;
  description: string;
  schema: Json;
  uiSchema: Json;
  settings: FormSettings;
  latestVersion: number | null;
  draftChanged: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FormVersion {
  formId: string;
  version: number;
  title: string;
  description: string;
  schema: Json;
  uiSchema: Json;
  settings: FormSettings;
  publishedAt: string;
}

interface FormRow {
  id: string;
  title: string;
  description: string;
  draft_schema: Json;
  draft_ui_schema: Json;
  settings: FormSettings;
  latest_version: number | null;
  draft_changed: boolean;
  created_at: Date;
  updated_at: Date;
}

const iso = (value: Date | string) => new Date(value).toISOString();

const toForm = (row: FormRow): FormRecord => ({
  id: row.id,
  title: row.title,
  description: row.description,
  schema: row.draft_schema,
  uiSchema: row.draft_ui_schema,
  settings: row.settings,
  latestVersion: row.latest_version,
  draftChanged: row.draft_changed,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

const formColumns = 'id, title, description, draft_schema, draft_ui_schema, settings, latest_version, draft_changed, created_at, updated_at';

/** One form of the bound company, optionally locked for a change. */
export async function findForm(em: EntityManager, id: string, forUpdate = false): Promise<FormRecord | undefined> {
  const [row] = await em.execute<FormRow[]>(`SELECT ${formColumns} FROM forms WHERE id = ?${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toForm(row) : undefined;
}

export async function listForms(
  em: EntityManager,
  query: { search?: string; published?: boolean; limit: number; offset: number },
): Promise<{ rows: FormRecord[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.search) {
    where.push(`title ILIKE ?`);
    params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (query.published !== undefined) where.push(query.published ? 'latest_version IS NOT NULL' : 'latest_version IS NULL');
  const rows = await em.execute<(FormRow & { total: string })[]>(
    `SELECT ${formColumns}, count(*) OVER () AS total FROM forms ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { rows: rows.map(toForm), total: Number(rows[0]?.total ?? 0) };
}

export async function insertForm(
  em: EntityManager,
  form: { tenantId: string; id: string; title: string; description: string; schema: Json; uiSchema: Json; settings: FormSettings; createdBy: string },
): Promise<void> {
  await em.execute(
    `INSERT INTO forms (tenant_id, id, title, description, draft_schema, draft_ui_schema, settings, created_by)
     VALUES (?, ?, ?, ?, ?::json, ?::json, ?::jsonb, ?)`,
    [form.tenantId, form.id, form.title, form.description, JSON.stringify(form.schema), JSON.stringify(form.uiSchema), JSON.stringify(form.settings), form.createdBy],
  );
}

/** Saves the draft; it then differs from the published version until the next publish. */
export async function updateDraft(em: EntityManager, id: string, draft: Pick<FormRecord, 'title' | 'description' | 'schema' | 'uiSchema' | 'settings'>): Promise<void> {
  await em.execute(
    `UPDATE forms SET title = ?, description = ?, draft_schema = ?::json, draft_ui_schema = ?::json, settings = ?::jsonb,
       draft_changed = true, updated_at = now() WHERE id = ?`,
    [draft.title, draft.description, JSON.stringify(draft.schema), JSON.stringify(draft.uiSchema), JSON.stringify(draft.settings), id],
  );
}

/** Freezes the draft as the next version (versions never change afterwards) and returns its number. */
export async function publishDraft(em: EntityManager, tenantId: string, form: FormRecord, publishedBy: string): Promise<number> {
  const version = (form.latestVersion ?? 0) + 1;
  await em.execute(
    `INSERT INTO form_versions (tenant_id, form_id, version, schema, ui_schema, settings, published_by)
     VALUES (?, ?, ?, ?::json, ?::json, ?::jsonb, ?)`,
    [tenantId, form.id, version, JSON.stringify(form.schema), JSON.stringify(form.uiSchema), JSON.stringify(form.settings), publishedBy],
  );
  await em.execute('UPDATE forms SET latest_version = ?, draft_changed = false, updated_at = now() WHERE id = ?', [version, form.id]);
  return version;
}

export async function findVersion(em: EntityManager, formId: string, version: number): Promise<FormVersion | undefined> {
  const [row] = await em.execute<{ schema: Json; ui_schema: Json; settings: FormSettings; published_at: Date; title: string; description: string }[]>(
    `SELECT v.schema, v.ui_schema, v.settings, v.published_at, f.title, f.description
     FROM form_versions v JOIN forms f ON f.id = v.form_id WHERE v.form_id = ? AND v.version = ?`,
    [formId, version],
  );
  if (!row) return undefined;
  return {
    formId,
    version,
    title: row.title,
    description: row.description,
    schema: row.schema,
    uiSchema: row.ui_schema,
    settings: row.settings,
    publishedAt: iso(row.published_at),
  };
}
