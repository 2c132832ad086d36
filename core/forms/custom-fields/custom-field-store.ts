import type { EntityManager } from '@mikro-orm/postgresql';
import type { CustomFieldType, CustomFieldView } from '@tessera/schemas/custom-field';

export type CustomField = CustomFieldView;
type Constraints = CustomField['constraints'];

interface CustomFieldRow {
  id: string;
  resource: string;
  key: string;
  type: CustomFieldType;
  option_set: string | null;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  required: boolean;
  constraints: Constraints;
  in_list: boolean;
  sort_order: number;
  disabled: boolean;
  created_at: Date;
  updated_at: Date;
}

const columns =
  'id, resource, key, type, option_set, title_zh, title_en, description_zh, description_en, required, constraints, in_list, sort_order, disabled, created_at, updated_at';

const toField = (row: CustomFieldRow): CustomField => ({
  id: row.id,
  resource: row.resource,
  key: row.key,
  type: row.type,
  optionSet: row.option_set,
  // an empty en-US title shows the zh-CN one, as option labels do
  title: { 'zh-CN': row.title_zh, 'en-US': row.title_en || row.title_zh },
  description: { 'zh-CN': row.description_zh, 'en-US': row.description_en || row.description_zh },
  required: row.required,
  constraints: row.constraints,
  inList: row.in_list,
  sortOrder: row.sort_order,
  disabled: row.disabled,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

/**
 * SQL of a JSON array of one resource's custom fields in their order (the resource as the one parameter),
 * for a statement that reads them with other things; `customFieldsFromJson` reads the array.
 */
export const customFieldsJsonSql = `(SELECT coalesce(json_agg(cf), '[]') FROM (SELECT ${columns} FROM custom_fields WHERE resource = ? ORDER BY sort_order, created_at, key) AS cf)`;

export const customFieldsFromJson = (rows: unknown): CustomField[] => (Array.isArray(rows) ? (rows as CustomFieldRow[]).map(toField) : []);

/** The bound company's custom fields of `resource` (or of every resource), in their order. */
export async function listCustomFields(em: EntityManager, resource?: string): Promise<CustomField[]> {
  const rows = await em.execute<CustomFieldRow[]>(
    `SELECT ${columns} FROM custom_fields ${resource ? 'WHERE resource = ?' : ''} ORDER BY resource, sort_order, created_at, key`,
    resource ? [resource] : [],
  );
  return rows.map(toField);
}

export async function findCustomField(em: EntityManager, id: string, forUpdate = false): Promise<CustomField | undefined> {
  const [row] = await em.execute<CustomFieldRow[]>(`SELECT ${columns} FROM custom_fields WHERE id = ?${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toField(row) : undefined;
}

export async function fieldCountsByResource(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.execute<{ resource: string; count: string }[]>('SELECT resource, count(*) AS count FROM custom_fields GROUP BY resource');
  return new Map(rows.map((row) => [row.resource, Number(row.count)]));
}

export interface CustomFieldValues {
  title: { 'zh-CN': string; 'en-US'?: string };
  description?: { 'zh-CN'?: string; 'en-US'?: string };
  required?: boolean;
  constraints?: Constraints;
  inList?: boolean;
  sortOrder?: number;
  disabled?: boolean;
}

/** title_zh, title_en, description_zh, description_en, required, constraints, in_list: in that order. */
const settingValues = (field: CustomFieldValues): unknown[] => [
  field.title['zh-CN'],
  field.title['en-US'] ?? '',
  field.description?.['zh-CN'] ?? '',
  field.description?.['en-US'] ?? '',
  field.required ?? false,
  JSON.stringify(field.constraints ?? {}),
  field.inList ?? true,
];

/** Inserts a field; false when the resource already has one with that key. */
export async function insertCustomField(
  em: EntityManager,
  field: CustomFieldValues & { tenantId: string; id: string; resource: string; key: string; type: CustomFieldType; optionSet: string | null },
): Promise<boolean> {
  const inserted = await em.execute<{ id: string }[]>(
    `INSERT INTO custom_fields (tenant_id, id, resource, key, type, option_set, title_zh, title_en, description_zh, description_en,
       required, constraints, in_list, sort_order, disabled)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
       coalesce(?, (SELECT coalesce(max(sort_order) + 10, 0) FROM custom_fields WHERE resource = ?)), ?)
     ON CONFLICT (tenant_id, resource, key) DO NOTHING RETURNING id`,
    [
      field.tenantId,
      field.id,
      field.resource,
      field.key,
      field.type,
      field.optionSet,
      ...settingValues(field),
      field.sortOrder ?? null,
      field.resource,
      field.disabled ?? false,
    ],
  );
  return inserted.length === 1;
}

export async function updateCustomField(em: EntityManager, id: string, field: CustomFieldValues): Promise<void> {
  await em.execute(
    `UPDATE custom_fields SET title_zh = ?, title_en = ?, description_zh = ?, description_en = ?, required = ?, constraints = ?,
       in_list = ?, sort_order = ?, disabled = ?, updated_at = now() WHERE id = ?`,
    [...settingValues(field), field.sortOrder ?? 0, field.disabled ?? false, id],
  );
}

export async function deleteCustomField(em: EntityManager, id: string): Promise<void> {
  await em.execute('DELETE FROM custom_fields WHERE id = ?', [id]);
}
