import type { SubjectRegistry } from '../../access/subject-registry.ts';
import { customProperty, entityHasCustomProperty, takesCustomFields } from '../../forms/custom-fields/customizable-resources.ts';
import type { PluginDefinition } from '../plugin-definition.ts';

const resourceName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * What is wrong with a plugin's resources, as `pointer: message` lines: each names a subject of the
 * plugin's own, every schema property is a field of it, and the list and actions use known fields and
 * actions. Found at start-up, so a typo never surfaces as a broken screen.
 */
export function resourceProblems(plugin: PluginDefinition, registry: SubjectRegistry): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const ownSubjects = new Set((plugin.permissions?.subjects ?? []).map((subject) => subject.key));
  const pageKeys = new Set((plugin.ui?.pages ?? []).map((page) => page.key));
  for (const [i, resource] of (plugin.resources ?? []).entries()) {
    const at = `/resources/${i}`;
    if (!resourceName.test(resource.name)) problems.push(`${at}/name: lower-case words joined by hyphens`);
    if (names.has(resource.name) || pageKeys.has(resource.name)) problems.push(`${at}/name: "${resource.name}" is used twice`);
    names.add(resource.name);
    const subject = registry.subject(resource.subject);
    if (!subject || !ownSubjects.has(resource.subject)) {
      problems.push(`${at}/subject: "${resource.subject}" is not a subject this plugin declares`);
      continue;
    }
    if (takesCustomFields(resource) && !entityHasCustomProperty(resource.entity)) {
      problems.push(
        `${at}/entity: companies may add custom fields to it, so its entity needs the "${customProperty}" property (customFieldsProperty() and customFieldsColumnSql from the SDK), or set customFields: false`,
      );
    }
    const fields = new Set(subject.fields.map((field) => field.key));
    const properties = new Set(Object.keys(resource.schema.properties));
    for (const field of properties) if (!fields.has(field)) problems.push(`${at}/schema/properties/${field}: not a field of ${subject.key}`);
    const listed = { ...resource.list, required: resource.schema.required, ownerField: resource.ownerField ? [resource.ownerField] : [] };
    for (const [key, list] of Object.entries(listed)) {
      if (!Array.isArray(list)) continue;
      for (const field of list as string[]) {
        if (field !== 'id' && !properties.has(field)) problems.push(`${at}/list/${key}: "${field}" is not a property of the schema`);
      }
    }
    const actions = new Set(subject.actions.map((action) => action.key));
    for (const [name, action] of Object.entries(resource.actions ?? {})) {
      if (!resourceName.test(name)) problems.push(`${at}/actions/${name}: lower-case words joined by hyphens`);
      const access = action.access ?? 'update';
      if (!actions.has(access)) problems.push(`${at}/actions/${name}/access: ${subject.key} has no action "${access}"`);
    }
  }
  return problems;
}

const reservedSources = new Set(['core', 'form']);

/** A dataset names a subject the plugin declares (with a resource, whose table it reads) and fields of it. */
export function datasetProblems(plugin: PluginDefinition, registry: SubjectRegistry): string[] {
  const own = new Set((plugin.permissions?.subjects ?? []).map((subject) => subject.key));
  // dataset and template keys start with the plugin's name; `core.` and `form.` are the core's
  if (reservedSources.has(plugin.name) && (plugin.datasets?.length || plugin.reportTemplates?.length || plugin.dashboardTemplates?.length)) {
    return [`/name: a plugin named "${plugin.name}" cannot declare datasets or report templates (the name is the core's)`];
  }
  return (plugin.datasets ?? []).flatMap((dataset, i) => {
    const subject = own.has(dataset.subject) ? registry.subject(dataset.subject) : undefined;
    if (!subject) return [`/datasets/${i}/subject: "${dataset.subject}" is not a subject this plugin declares`];
    const withoutResource = (plugin.resources ?? []).some((resource) => resource.subject === dataset.subject)
      ? []
      : [`/datasets/${i}/subject: no resource of this plugin has the subject "${dataset.subject}" (a dataset reads a resource's table)`];
    const fields = new Set(subject.fields.map((field) => field.key));
    return [
      ...withoutResource,
      ...dataset.fields.filter((field) => !fields.has(field)).map((field) => `/datasets/${i}/fields: "${field}" is not a field of ${subject.key}`),
    ];
  });
}
