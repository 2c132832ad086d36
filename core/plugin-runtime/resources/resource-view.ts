import type { ResourceView } from '@tessera/schemas/resource';
import type { FastifyRequest } from 'fastify';
import { accessOf } from '../../access/scoped/access-of.ts';
import { localizeDeep } from './localize-deep.ts';
import type { ResourceDefinition } from './resource-definition.ts';
import { defaultSort, filterKind } from './resource-schemas.ts';

type Schema = Record<string, unknown>;

const whenOf = (when: Readonly<Record<string, readonly unknown[]>> | undefined) =>
  Object.fromEntries(Object.entries(when ?? {}).map(([field, values]) => [field, [...values]]));

/**
 * A resource as the principal's admin UI renders it: titles in their language (from the subject's field
 * declarations), enum values with their labels, and only the fields they may read on some record.
 */
export function resourceView(req: FastifyRequest, plugin: string, resource: ResourceDefinition): ResourceView {
  const access = accessOf(req);
  const { subject } = resource;
  const declared = req.server.subjects.subject(subject)?.fields ?? [];
  const readable = (field: string) => field === 'id' || access.can('read', subject, undefined, field);
  const fieldOf = (field: string) => declared.find((f) => f.key === field);
  const properties: Schema = {};
  for (const [field, property] of Object.entries(resource.schema.properties)) {
    if (!readable(field)) continue;
    const { enum: values, ...rest } = property as Schema & { enum?: unknown[] };
    const labels = resource.enumLabels?.[field];
    properties[field] = {
      ...rest,
      title: fieldOf(field)?.title[req.locale] ?? field,
      ...(field === resource.ownerField ? { readOnly: true } : {}),
      ...(values && labels
        ? { oneOf: values.map((value) => ({ const: value, title: labels[String(value)]?.[req.locale] ?? String(value) })) }
        : values
          ? { enum: values }
          : {}),
    };
  }
  const visible = (fields: readonly string[] | undefined) => (fields ?? []).filter((field) => field in properties || field === 'id');
  return {
    plugin,
    name: resource.name,
    title: resource.title[req.locale],
    icon: resource.icon ?? null,
    apiPath: `/api/p/${plugin}/${resource.name}`,
    uiPath: `/m/${plugin}/${resource.name}`,
    schema: {
      type: 'object',
      required: (resource.schema.required ?? []).filter((field) => field in properties),
      properties,
    },
    uiSchema: localizeDeep(resource.uiSchema ?? {}, req.locale) as Schema,
    fieldTypes: Object.fromEntries(
      declared.filter((field) => field.key in properties || field.key === 'id').map((field) => [field.key, field.type]),
    ),
    columns: visible(resource.list.columns),
    filters: visible(resource.list.filters).map((field) => ({ field, kind: filterKind(fieldOf(field)?.type ?? 'string') })),
    sortable: visible(resource.list.sortable),
    defaultSort: defaultSort(resource),
    searchable: (resource.list.search ?? []).some(readable),
    can: {
      create: access.can('create', subject),
      update: access.can('update', subject),
      delete: access.can('delete', subject),
    },
    actions: Object.entries(resource.actions ?? {})
      .filter(([, action]) => access.can(action.access ?? 'update', subject))
      .map(([name, action]) => ({
        name,
        title: action.title[req.locale],
        when: whenOf(action.when),
        confirm: action.confirm?.[req.locale] ?? null,
        danger: action.danger ?? false,
      })),
    editableWhen: whenOf(resource.editableWhen),
    deletableWhen: whenOf(resource.deletableWhen),
    menuOrder: resource.menu === false ? null : (resource.menu?.order ?? 100),
  };
}
