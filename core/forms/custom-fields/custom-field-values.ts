import { validateFormData } from '@tessera/schemas/form-validation/validate-form-data';
import type { FastifyRequest } from 'fastify';
import { subject as tag } from '@casl/ability';
import { accessOf } from '../../access/scoped/access-of.ts';
import { ValidationFailedError } from '../../http/core-errors.ts';
import { expandOptionSets } from '../expand-option-sets.ts';
import { customObjectSchema } from './custom-field-schema.ts';
import type { CustomField } from './custom-field-store.ts';
import { customProperty } from './customizable-resources.ts';

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How field rules and queries name a custom field. */
export const customFieldPath = (key: string): string => `${customProperty}.${key}`;

export interface CustomWrite {
  /** The record's whole `custom` object after the write. */
  readonly custom: Row;
  /** The fields written, as field rules name them (`custom.<key>`). */
  readonly written: string[];
}

/**
 * Checks the `custom` member of a create or update body against the company's custom fields, with the
 * same validator forms use (option sets expanded, hostile-safe), and merges it into the record's values:
 * a key set to null clears it, keys not sent are kept (also those of disabled or deleted fields). A
 * create must fill every required field; an update may not clear one. Problems point under /body/custom.
 */
export async function customWrite(
  req: FastifyRequest,
  input: { resource: string; fields: readonly CustomField[]; body: unknown; before?: Row },
): Promise<CustomWrite> {
  const { resource, fields, body, before } = input;
  const sent: Row = isObject(body) ? body : {};
  const enabled = new Map(fields.filter((field) => !field.disabled).map((field) => [field.key, field]));
  const cleared = Object.keys(sent).filter((key) => sent[key] === null && enabled.has(key));
  const values = Object.fromEntries(Object.entries(sent).filter(([key]) => !cleared.includes(key)));
  const base = customObjectSchema(fields, { required: !before });
  const clearedRequired = before ? cleared.filter((key) => enabled.get(key)?.required) : [];
  const schema = clearedRequired.length > 0 ? { ...base, required: clearedRequired } : base;
  // titles do not change what is valid: expand in one language so the compiled validator is reused
  const expanded = await expandOptionSets(req.em, schema, 'zh-CN');
  const result = validateFormData({
    key: `custom:${req.principal?.tenantId ?? ''}:${resource}:${before ? 'update' : 'create'}`,
    schema: expanded,
    data: values,
    locale: req.locale,
    dataAt: `/body/${customProperty}`,
  });
  if (result.problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: result.problems });
  const accepted = result.data as Row;
  for (const [key, value] of Object.entries(accepted)) {
    // one spelling of an instant, so text comparison in filters and sorting orders by time
    if (enabled.get(key)?.type === 'date-time' && typeof value === 'string') accepted[key] = new Date(value).toISOString();
  }
  const custom: Row = { ...(isObject(before?.[customProperty]) ? (before[customProperty] as Row) : {}), ...accepted };
  for (const key of cleared) delete custom[key];
  return { custom, written: Object.keys(sent).map(customFieldPath) };
}

/**
 * Rows with their `custom` object cut to the enabled fields the principal may `action` on each row
 * (field rules name them `custom.<key>`).
 */
export function maskCustom<R extends Row>(req: FastifyRequest, subject: string, rows: readonly R[], fields: readonly CustomField[], action = 'read'): R[] {
  const access = accessOf(req);
  const shown = fields.filter((field) => !field.disabled).map((field) => field.key);
  const guarded = shown.filter((key) => !access.fieldIsUniform(action, subject, customFieldPath(key)));
  return rows.map((row) => {
    const stored = isObject(row[customProperty]) ? (row[customProperty] as Row) : {};
    const custom: Row = {};
    for (const key of shown) if (key in stored) custom[key] = stored[key];
    if (guarded.length > 0) {
      const tagged = tag(subject, { ...row });
      for (const key of guarded) if (!access.ability.can(action, tagged, customFieldPath(key))) delete custom[key];
    }
    return { ...row, [customProperty]: custom };
  });
}
