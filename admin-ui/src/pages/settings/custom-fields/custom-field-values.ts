import { customFieldKey } from '@tessera/schemas/custom-field';
import { withFieldPointers } from '../../../api/with-field-pointers.ts';
import type { CustomFieldCreate, CustomFieldType, CustomFieldUpdate, CustomFieldView } from '../../../api/custom-fields-api.ts';
import { settingsOf } from './custom-field-types.ts';

/** The drawer's form: the field's settings flattened, bounds of money fields in fen (the input shows yuan). */
export interface CustomFieldFormValues {
  titleZh: string;
  titleEn?: string;
  key: string;
  type: CustomFieldType;
  optionSet?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  required: boolean;
  inList: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string;
  minimum?: number | null;
  maximum?: number | null;
}

type Constraints = NonNullable<CustomFieldCreate['constraints']>;

/** The server's key rule, checked as one types: a letter, then letters and digits, at most 40. */
export const keyPattern = new RegExp(customFieldKey.pattern);

/** A free key to start from (`field1`, `field2`, …): titles are Chinese, so nothing to derive one from. */
export function suggestKey(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`field${n}`)) return `field${n}`;
}

/** The server shows an unset English text as the Chinese one; the form shows it empty again. */
function englishOf(text: { 'zh-CN': string; 'en-US': string }): string {
  return text['en-US'] === text['zh-CN'] ? '' : text['en-US'];
}

/** A field as the form edits it; a new one of `type` text when there is none. */
export function formValuesOf(field: CustomFieldView | undefined, suggestedKey: string): CustomFieldFormValues {
  if (!field) return { titleZh: '', titleEn: '', key: suggestedKey, type: 'text', required: false, inList: true };
  const { constraints } = field;
  return {
    titleZh: field.title['zh-CN'],
    titleEn: englishOf(field.title),
    key: field.key,
    type: field.type,
    optionSet: field.optionSet ?? undefined,
    descriptionZh: field.description['zh-CN'],
    descriptionEn: englishOf(field.description),
    required: field.required,
    inList: field.inList,
    minLength: constraints.minLength,
    maxLength: constraints.maxLength,
    pattern: constraints.pattern,
    minimum: constraints.minimum,
    maximum: constraints.maximum,
  };
}

const isSet = (value: number | null | undefined): value is number => typeof value === 'number';

/** The checks that fit the type, those left empty out (an input cleared by antd holds null). */
export function constraintsOf(values: CustomFieldFormValues): Constraints {
  const settings = settingsOf(values.type);
  const constraints: Constraints = {};
  if (settings === 'lengths') {
    if (isSet(values.minLength)) constraints.minLength = values.minLength;
    if (isSet(values.maxLength)) constraints.maxLength = values.maxLength;
    const pattern = values.pattern?.trim();
    if (pattern) constraints.pattern = pattern;
  }
  if (settings === 'bounds') {
    if (isSet(values.minimum)) constraints.minimum = values.minimum;
    if (isSet(values.maximum)) constraints.maximum = values.maximum;
  }
  return constraints;
}

function textsOf(values: CustomFieldFormValues) {
  return {
    title: { 'zh-CN': values.titleZh.trim(), 'en-US': (values.titleEn ?? '').trim() },
    description: { 'zh-CN': (values.descriptionZh ?? '').trim(), 'en-US': (values.descriptionEn ?? '').trim() },
  };
}

export function createBodyOf(resource: string, values: CustomFieldFormValues): CustomFieldCreate {
  const takesOptionSet = settingsOf(values.type) === 'option-set';
  return {
    resource,
    key: values.key.trim(),
    type: values.type,
    ...(takesOptionSet && values.optionSet ? { optionSet: values.optionSet } : {}),
    ...textsOf(values),
    required: values.required,
    inList: values.inList,
    constraints: constraintsOf(values),
  };
}

/** Everything the form may change; the key, type and option set stay as they are. */
export function updateBodyOf(values: CustomFieldFormValues): CustomFieldUpdate {
  return { ...textsOf(values), required: values.required, inList: values.inList, constraints: constraintsOf(values) };
}

const fieldsByPointer: Readonly<Record<string, string>> = {
  '/body/title': 'titleZh',
  '/body/title/zh-CN': 'titleZh',
  '/body/title/en-US': 'titleEn',
  '/body/description': 'descriptionZh',
  '/body/description/zh-CN': 'descriptionZh',
  '/body/description/en-US': 'descriptionEn',
};

/** The form field a problem's pointer names (`/body/constraints/pattern` → `pattern`); undefined for none. */
export function formFieldOfPointer(pointer: string): string | undefined {
  const named = fieldsByPointer[pointer];
  if (named) return named;
  const [root, member, detail] = pointer.split('/').slice(1);
  if (root !== 'body' || !member) return undefined;
  if (member === 'constraints') return detail;
  return ['key', 'type', 'optionSet', 'required', 'inList'].includes(member) ? member : undefined;
}

/**
 * The error with its field problems pointing at the form's fields (`/body/<form field>`), so they show
 * under their inputs; a problem no input shows keeps its pointer and goes into the message.
 */
export function withFormPointers(error: unknown): unknown {
  return withFieldPointers(error, formFieldOfPointer);
}
