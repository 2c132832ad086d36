import type { FastifyRequest } from 'fastify';
import { expandOptionSets } from '../forms/expand-option-sets.ts';
import { FormSubmission } from '../forms/form-submission-entity.ts';
import { findForm, findVersion } from '../forms/form-store.ts';
import { topLevelFields } from '../forms/submission-table.ts';
import { translate } from '../i18n/translate.ts';
import { type Dataset, type DatasetField, safeMember } from './dataset.ts';
import { choiceLabels, jsonFieldType } from './json-field-type.ts';

export const formDatasetPrefix = 'form.';

/** The published forms of the bound company, newest change first, as dataset keys and titles. */
export async function formDatasetEntries(req: FastifyRequest): Promise<{ key: string; title: string }[]> {
  const rows = await req.em.execute<{ id: string; title: string }[]>(
    'SELECT id, title FROM forms WHERE latest_version IS NOT NULL ORDER BY updated_at DESC, id DESC LIMIT 500',
  );
  return rows.map((row) => ({ key: `${formDatasetPrefix}${row.id}`, title: row.title }));
}

/** Each published version's top-level field types: a field's values are read only from versions where it had the type it has now. */
async function fieldTypesByVersion(req: FastifyRequest, formId: string): Promise<Map<number, Map<string, string | undefined>>> {
  const rows = await req.em.execute<{ version: number; schema: Record<string, unknown> }[]>(
    'SELECT version, schema FROM form_versions WHERE form_id = ? ORDER BY version',
    [formId],
  );
  return new Map(
    rows.map((row) => [
      row.version,
      new Map(Object.entries(topLevelFields(row.schema)).map(([member, property]) => [member, jsonFieldType(property as Record<string, unknown>)])),
    ]),
  );
}

/**
 * A published form's submissions as a dataset: when, by whom, in which status and version, and every
 * top-level field of the latest version (choices with their labels in the reader's language).
 */
export async function formDataset(req: FastifyRequest, formId: string): Promise<Dataset | undefined> {
  const form = await findForm(req.em, formId);
  if (!form || form.latestVersion === null) return undefined;
  const latest = await findVersion(req.em, form.id, form.latestVersion);
  if (!latest) return undefined;
  const schema = await expandOptionSets(req.em, latest.schema, req.locale, true);
  const t = (key: string) => translate(req.locale, `forms.export.${key}`);
  const statusLabels = Object.fromEntries(
    ['submitted', 'reviewed', 'approved', 'rejected'].map((status) => [status, translate(req.locale, `forms.status.${status}`)]),
  );
  const own: DatasetField[] = [
    { key: 'submittedAt', title: t('submitted-at'), type: 'time', property: 'submittedAt', ruleField: 'submittedAt' },
    { key: 'status', title: t('status'), type: 'option', property: 'status', labels: statusLabels, ruleField: 'status' },
    { key: 'submitterId', title: t('submitter'), type: 'string', property: 'submitterId', ruleField: 'submitterId' },
    { key: 'version', title: t('version'), type: 'number', property: 'version', ruleField: 'version' },
  ];
  const typesByVersion = await fieldTypesByVersion(req, form.id);
  const data = Object.entries(topLevelFields(schema)).flatMap(([member, property]): DatasetField[] => {
    const type = jsonFieldType(property as Record<string, unknown>);
    if (!type || !safeMember.test(member)) return [];
    const labels = choiceLabels(property as Record<string, unknown>);
    const title = typeof property.title === 'string' ? property.title : member;
    const versions = [...typesByVersion].filter(([, types]) => types.get(member) === type).map(([version]) => version);
    return [{ key: `data.${member}`, title, type, property: 'data', member, ruleField: 'data', versions, ...(labels ? { labels } : {}) }];
  });
  return {
    key: `${formDatasetPrefix}${form.id}`,
    title: form.title,
    source: 'form',
    subject: 'FormSubmission',
    entity: FormSubmission,
    where: { formId: form.id },
    fields: [...own, ...data],
  };
}
