import type { ResourceView } from '@tessera/schemas/resource';
import type { FastifyRequest } from 'fastify';
import { accessOf } from '../../access/scoped/access-of.ts';
import { expandOptionSets } from '../expand-option-sets.ts';
import { customFieldProperty } from './custom-field-schema.ts';
import { customFieldPath } from './custom-field-values.ts';
import { customProperty } from './customizable-resources.ts';
import { customFieldsFor } from './request-custom-fields.ts';

type FieldType = ResourceView['fieldTypes'][string];

const fieldTypeOf: Partial<Record<string, FieldType>> = { integer: 'integer', money: 'money', boolean: 'boolean', 'date-time': 'date-time' };
const ranged = new Set(['integer', 'number', 'money', 'date', 'date-time']);

/**
 * A resource's admin UI description with the company's enabled custom fields the reader may see: a
 * `custom` object in the schema (option sets expanded, titles in their language), `custom.<key>` list
 * columns (those marked for the list), filters and sort keys, and their types for formatting.
 */
export async function withCustomFields(req: FastifyRequest, view: ResourceView, subject: string, resource: string): Promise<ResourceView> {
  const access = accessOf(req);
  const fields = (await customFieldsFor(req, resource)).filter(
    (field) => !field.disabled && access.can('read', subject, undefined, customFieldPath(field.key)),
  );
  if (fields.length === 0) return view;
  const writable = (key: string) => access.can('update', subject, undefined, customFieldPath(key)) || access.can('create', subject, undefined, customFieldPath(key));
  const properties = Object.fromEntries(
    fields.map((field) => [field.key, { ...customFieldProperty(field, req.locale), ...(writable(field.key) ? {} : { readOnly: true }) }]),
  );
  const required = fields.filter((field) => field.required && writable(field.key)).map((field) => field.key);
  const custom = await expandOptionSets(
    req.em,
    {
      type: 'object',
      title: req.locale === 'zh-CN' ? '自定义字段' : 'Custom fields',
      properties,
      ...(required.length > 0 ? { required } : {}),
    },
    req.locale,
  );
  const paths = (keep: (type: string) => boolean) => fields.filter((field) => keep(field.type)).map((field) => customFieldPath(field.key));
  return {
    ...view,
    schema: { ...view.schema, properties: { ...(view.schema['properties'] as object), [customProperty]: custom } },
    fieldTypes: {
      ...view.fieldTypes,
      ...Object.fromEntries(
        fields.flatMap((field) => {
          const type = fieldTypeOf[field.type];
          return type ? [[customFieldPath(field.key), type] as const] : [];
        }),
      ),
    },
    columns: [...view.columns, ...fields.filter((field) => field.inList).map((field) => customFieldPath(field.key))],
    filters: [...view.filters, ...fields.map((field) => ({ field: customFieldPath(field.key), kind: ranged.has(field.type) ? ('range' as const) : ('eq' as const) }))],
    sortable: [...view.sortable, ...paths((type) => type !== 'options')],
  };
}
