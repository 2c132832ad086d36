import type { FastifyRequest } from 'fastify';
import { accessOf } from '../access/scoped/access-of.ts';
import type { SubjectFieldType } from '../access/subject-registry.ts';
import { expandOptionSets } from '../forms/expand-option-sets.ts';
import { customFieldProperty } from '../forms/custom-fields/custom-field-schema.ts';
import { customFieldPath } from '../forms/custom-fields/custom-field-values.ts';
import { customProperty, customResourceKey, takesCustomFields } from '../forms/custom-fields/customizable-resources.ts';
import { customFieldsFor } from '../forms/custom-fields/request-custom-fields.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import type { Dataset, DatasetField, DatasetFieldType } from './dataset.ts';
import { reportContext } from './report-context.ts';
import { choiceLabels, jsonFieldType } from './json-field-type.ts';

const typeOfSubjectField: Record<SubjectFieldType, DatasetFieldType | undefined> = {
  string: 'string',
  uuid: 'string',
  integer: 'number',
  money: 'money',
  boolean: 'boolean',
  'date-time': 'time',
  'uuid[]': undefined,
};

type PluginDatasetDeclaration = NonNullable<PluginDefinition['datasets']>[number];

/** The plugin resource whose records a declared dataset reads (the one of its subject). */
export const resourceOfDataset = (plugin: PluginDefinition, dataset: PluginDatasetDeclaration) =>
  (plugin.resources ?? []).find((resource) => resource.subject === dataset.subject);

/** The datasets the principal's enabled modules declare over subjects they may read. */
export function pluginDatasetEntries(req: FastifyRequest): { key: string; title: string; plugin: PluginDefinition; dataset: PluginDatasetDeclaration }[] {
  const enabled = new Set(req.principal?.access.context.enabledPlugins ?? []);
  const access = accessOf(req);
  return req.server.plugins
    .all()
    .filter((plugin) => enabled.has(plugin.name))
    .flatMap((plugin) =>
      (plugin.datasets ?? [])
        .filter((dataset) => access.can('read', dataset.subject) && resourceOfDataset(plugin, dataset))
        .map((dataset) => ({ key: `${plugin.name}.${dataset.key}`, title: dataset.title[req.locale], plugin, dataset })),
    );
}

/**
 * A module's dataset: the declared fields of its subject (typed as the subject declares them, enum
 * values with their labels) and the company's enabled custom fields of the resource.
 */
export async function pluginDataset(req: FastifyRequest, key: string): Promise<Dataset | undefined> {
  const entry = pluginDatasetEntries(req).find((candidate) => candidate.key === key);
  if (!entry) return undefined;
  const { plugin, dataset } = entry;
  const resource = resourceOfDataset(plugin, dataset);
  if (!resource) return undefined;
  const declared = req.server.subjects.subject(dataset.subject)?.fields ?? [];
  const own = dataset.fields.flatMap((field): DatasetField[] => {
    const declaration = declared.find((candidate) => candidate.key === field);
    const type = declaration ? typeOfSubjectField[declaration.type] : undefined;
    if (!declaration || !type) return [];
    const enumLabels = resource.enumLabels?.[field];
    const labels = enumLabels ? Object.fromEntries(Object.entries(enumLabels).map(([value, text]) => [value, text[req.locale]])) : undefined;
    return [{ key: field, title: declaration.title[req.locale], type: labels ? 'option' : type, property: field, ruleField: field, ...(labels ? { labels } : {}) }];
  });
  const custom: DatasetField[] = [];
  if (takesCustomFields(resource)) {
    const customKey = customResourceKey(plugin.name, resource.name);
    // one round trip for the report's context and these fields (report-context.ts)
    await reportContext(req, customKey);
    for (const field of (await customFieldsFor(req, customKey)).filter((f) => !f.disabled)) {
      const property = await expandOptionSets(req.em, customFieldProperty(field, req.locale), req.locale, true);
      const type = jsonFieldType(property);
      if (!type) continue;
      const labels = choiceLabels(property);
      const path = customFieldPath(field.key);
      custom.push({ key: path, title: field.title[req.locale], type, property: customProperty, member: field.key, ruleField: path, ...(labels ? { labels } : {}) });
    }
  }
  return { key, title: entry.title, source: 'plugin', subject: dataset.subject, entity: resource.entity, fields: [...own, ...custom] };
}
