import { checkFormSchema } from '@tessera/schemas/form-validation/check-form-schema';
import type { CustomFieldType } from '@tessera/schemas/custom-field';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../../http/core-errors.ts';
import type { FieldProblem } from '../../http/domain-error.ts';
import { type Locale, translate } from '../../i18n/translate.ts';
import { optionChoices } from '../../taxonomy/option-choices.ts';
import { customFieldProperty } from './custom-field-schema.ts';
import type { CustomField } from './custom-field-store.ts';

type Constraints = CustomField['constraints'];

const textTypes = new Set<CustomFieldType>(['text', 'textarea']);
const numberTypes = new Set<CustomFieldType>(['integer', 'number', 'money']);
const optionTypes = new Set<CustomFieldType>(['option', 'options']);

/**
 * Refuses a custom field whose settings do not fit its type (lengths and patterns for text, bounds for
 * numbers, an existing option set for option fields), or whose pattern the form validator would refuse
 * (RE2 only, bounded size): problems point at the body member that is wrong.
 */
export async function assertCustomFieldValid(
  em: EntityManager,
  field: { type: CustomFieldType; optionSet: string | null; constraints: Constraints },
  locale: Locale,
): Promise<void> {
  const problems: FieldProblem[] = [];
  const report = (pointer: string, code: string, key: string, vars: Record<string, string> = {}) =>
    problems.push({ pointer, code, message: translate(locale, `custom-fields.problem.${key}`, vars) });
  const { type, optionSet, constraints } = field;
  for (const name of Object.keys(constraints) as (keyof Constraints)[]) {
    const fits = name === 'minimum' || name === 'maximum' ? numberTypes.has(type) : textTypes.has(type);
    if (!fits) report(`/body/constraints/${name}`, 'constraint-not-applicable', 'not-applicable', { name });
  }
  if (constraints.minLength !== undefined && constraints.maxLength !== undefined && constraints.minLength > constraints.maxLength) {
    report('/body/constraints/minLength', 'range-inverted', 'range-inverted');
  }
  if (constraints.minimum !== undefined && constraints.maximum !== undefined && constraints.minimum > constraints.maximum) {
    report('/body/constraints/minimum', 'range-inverted', 'range-inverted');
  }
  if (type === 'integer' || type === 'money') {
    for (const name of ['minimum', 'maximum'] as const) {
      const bound = constraints[name];
      if (bound !== undefined && !Number.isSafeInteger(bound)) report(`/body/constraints/${name}`, 'type', 'integer-bound');
    }
  }
  if (optionTypes.has(type) && !optionSet) report('/body/optionSet', 'required', 'option-set-required');
  if (!optionTypes.has(type) && optionSet) report('/body/optionSet', 'option-set-not-applicable', 'option-set-not-applicable');
  if (optionTypes.has(type) && optionSet && (await optionChoices(em, optionSet)) === null) {
    problems.push({ pointer: '/body/optionSet', code: 'unknown-option-set', message: translate(locale, 'forms.unknown-option-set', { key: optionSet }) });
  }
  if (problems.length === 0 && textTypes.has(type)) {
    // the pattern and lengths must pass the same checks as a form's (RE2, sizes): pointers land on /body/constraints
    const property = customFieldProperty({ type, optionSet, constraints } as CustomField);
    problems.push(...checkFormSchema(property, { locale, at: '/body/constraints' }).problems);
  }
  if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });
}
