import type { CustomFieldType } from '@tessera/schemas/custom-field';
import type { FastifyRequest } from 'fastify';
import type { SubjectFieldType } from '../../access/subject-registry.ts';
import { listCustomFields } from './custom-field-store.ts';
import { customFieldPath } from './custom-field-values.ts';
import { resourceKeysBySubject } from './customizable-resources.ts';

const fieldTypeOf: Record<CustomFieldType, SubjectFieldType> = {
  text: 'string',
  textarea: 'string',
  integer: 'integer',
  number: 'string',
  money: 'money',
  date: 'string',
  'date-time': 'date-time',
  boolean: 'boolean',
  option: 'string',
  options: 'string',
};

interface RuleField {
  key: string;
  title: string;
  type: SubjectFieldType;
}

/** The bound company's custom fields by access subject, as field rules name them (`custom.<key>`), with titles. */
export async function customRuleFields(req: FastifyRequest): Promise<Map<string, RuleField[]>> {
  const subjectOf = new Map<string, string>();
  for (const [subject, resources] of resourceKeysBySubject(req.server)) for (const resource of resources) subjectOf.set(resource, subject);
  const bySubject = new Map<string, RuleField[]>();
  for (const field of await listCustomFields(req.em)) {
    const subject = subjectOf.get(field.resource);
    if (!subject) continue;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), { key: customFieldPath(field.key), title: field.title[req.locale], type: fieldTypeOf[field.type] }]);
  }
  return bySubject;
}

/** `customRuleFields` as the rule checker asks: the extra field keys of a subject. */
export async function customRuleFieldKeys(req: FastifyRequest): Promise<(subject: string) => ReadonlySet<string>> {
  const bySubject = await customRuleFields(req);
  return (subject) => new Set((bySubject.get(subject) ?? []).map((field) => field.key));
}
