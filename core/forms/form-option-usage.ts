import type { EntityManager } from '@mikro-orm/postgresql';
import type { OptionUsageCounter } from '../taxonomy/option-usage.ts';
import { optionSetReferences } from './option-set-references.ts';

interface FieldUse {
  formId: string;
  version: number;
  fields: string[];
}

/** Every published version whose schema names the set, with the top-level fields holding its values. */
async function versionsUsing(em: EntityManager, setKey: string): Promise<FieldUse[]> {
  const rows = await em.execute<{ form_id: string; version: number; schema: unknown }[]>('SELECT form_id, version, schema FROM form_versions');
  return rows.flatMap((row) => {
    const fields = optionSetReferences(row.schema).get(setKey);
    return fields ? [{ formId: row.form_id, version: row.version, fields: [...fields] }] : [];
  });
}

/** Submissions holding one of `values` (or, without values, anything) in a field that takes the set's options. */
async function countSubmissions(em: EntityManager, setKey: string, values?: readonly string[]): Promise<number> {
  let total = 0;
  for (const use of await versionsUsing(em, setKey)) {
    // jsonb_exists*: the `?` and `?|` operators would read as placeholders
    const holds = use.fields.map(() =>
      values ? '(data->>? = ANY(ARRAY[?]::text[]) OR jsonb_exists_any(data->?, ARRAY[?]::text[]))' : 'jsonb_exists(data, ?)',
    );
    const params = use.fields.flatMap((field) => (values ? [field, [...values], field, [...values]] : [field]));
    const [row] = await em.execute<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM form_submissions WHERE form_id = ? AND version = ? AND (${holds.join(' OR ')})`,
      [use.formId, use.version, ...params],
    );
    total += row?.n ?? 0;
  }
  return total;
}

/** Submissions whose data holds an option of the set: such an option (or the set) cannot be deleted. */
export const formSubmissionsUsage: OptionUsageCounter = {
  key: 'forms.submissions',
  title: { 'zh-CN': '表单提交记录', 'en-US': 'form submissions' },
  countValues: ({ em }, setKey, values) => countSubmissions(em, setKey, values),
  countSet: ({ em }, setKey) => countSubmissions(em, setKey),
};

/** Forms (drafts and published versions) that offer the set: it cannot be deleted while they do. */
export const formDefinitionsUsage: OptionUsageCounter = {
  key: 'forms.definitions',
  title: { 'zh-CN': '表单', 'en-US': 'forms' },
  countValues: async () => 0,
  countSet: async ({ em }, setKey) => {
    const rows = await em.execute<{ id: string; schema: unknown }[]>(
      'SELECT id, draft_schema AS schema FROM forms UNION ALL SELECT form_id, schema FROM form_versions',
    );
    return new Set(rows.filter((row) => optionSetReferences(row.schema).has(setKey)).map((row) => row.id)).size;
  },
};
