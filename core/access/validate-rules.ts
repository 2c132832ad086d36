import type { AccessRule } from '@tessera/schemas/access';
import type { FieldProblem } from '../http/domain-error.ts';
import { type Locale, translate } from '../i18n/translate.ts';
import { localizeAccessVars } from './localize-access-vars.ts';
import { placeholderKind } from './placeholders.ts';
import { allSubjects, manageAction } from './standard-actions.ts';
import type { SubjectDeclaration, SubjectRegistry } from './subject-registry.ts';

const comparisonOperators = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte']);
const listOperators = new Set(['$in', '$nin']);

type Vars = Record<string, string>;
/** A problem: its code, and the message key under `rules.problem.` (the code unless it needs other words). */
type Report = (pointer: string, code: string, vars?: Vars, messageKey?: string) => void;

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function checkValue(value: unknown, pointer: string, registry: SubjectRegistry, report: Report): void {
  if (typeof value === 'string' && value.includes('${')) {
    const kind = placeholderKind(value);
    if (!kind) report(pointer, 'unknown-placeholder', { value });
    else if (kind !== 'fixed' && !registry.attribute(kind.attribute)) {
      report(pointer, 'unknown-attribute', { attribute: kind.attribute });
    }
    return;
  }
  if (!isScalar(value)) report(pointer, 'invalid-value');
}

function checkConditions(
  conditions: Record<string, unknown>,
  subject: SubjectDeclaration,
  pointer: string,
  registry: SubjectRegistry,
  report: Report,
): void {
  const fieldKeys = new Set(subject.fields.map((f) => f.key));
  for (const [field, test] of Object.entries(conditions)) {
    const at = `${pointer}/${field}`;
    if (!fieldKeys.has(field)) {
      report(at, 'unknown-field', { subject: subject.key, field });
      continue;
    }
    if (test === null || typeof test !== 'object' || Array.isArray(test)) {
      checkValue(test, at, registry, report);
      continue;
    }
    const operators = Object.entries(test);
    if (operators.length === 0) report(at, 'invalid-condition');
    for (const [operator, operand] of operators) {
      const opAt = `${at}/${operator}`;
      if (comparisonOperators.has(operator)) checkValue(operand, opAt, registry, report);
      else if (listOperators.has(operator)) {
        if (Array.isArray(operand)) operand.forEach((item, i) => checkValue(item, `${opAt}/${i}`, registry, report));
        else if (typeof operand === 'string') checkValue(operand, opAt, registry, report);
        else report(opAt, 'invalid-value', { operator }, 'list-expected');
      } else report(opAt, 'unknown-operator', { operator });
    }
  }
}

/**
 * Problems of a role's rules against the registry: unknown subjects, actions, fields, operators and
 * placeholders, and conditions or field lists on subjects that cannot enforce them. Pointers are relative
 * to `basePointer` (e.g. `/body/rules`).
 */
export function validateRules(
  rules: readonly AccessRule[],
  registry: SubjectRegistry,
  basePointer: string,
  locale: Locale,
  /** Fields a company added to a subject (custom fields, `custom.<key>`), which field rules may name too. */
  extraFields: (subject: string) => ReadonlySet<string> = () => new Set(),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report: Report = (pointer, code, vars = {}, messageKey = code) =>
    problems.push({
      pointer,
      code,
      message: translate(locale, `rules.problem.${messageKey}`, localizeAccessVars(vars, registry, locale)),
    });
  rules.forEach((rule, index) => {
    const at = `${basePointer}/${index}`;
    if (rule.subject === allSubjects) {
      if (rule.action !== manageAction && rule.action !== 'read') {
        report(`${at}/action`, 'unknown-action', {}, 'all-actions');
      }
      if (rule.conditions) report(`${at}/conditions`, 'conditions-not-supported', {}, 'all-conditions');
      if (rule.fields) report(`${at}/fields`, 'fields-not-supported', {}, 'all-fields');
      return;
    }
    const subject = registry.subject(rule.subject);
    if (!subject) {
      report(`${at}/subject`, 'unknown-subject', { subject: rule.subject });
      return;
    }
    if (rule.action !== manageAction && !subject.actions.some((a) => a.key === rule.action)) {
      report(`${at}/action`, 'unknown-action', { subject: subject.key, action: rule.action });
    }
    if (rule.fields) {
      if (!subject.fieldScoped) report(`${at}/fields`, 'fields-not-supported', { subject: subject.key });
      else {
        const fieldKeys = new Set([...subject.fields.map((f) => f.key), ...extraFields(subject.key)]);
        rule.fields.forEach((field, i) => {
          if (!fieldKeys.has(field)) report(`${at}/fields/${i}`, 'unknown-field', { subject: subject.key, field });
        });
      }
    }
    if (rule.conditions) {
      if (!subject.rowScoped) {
        report(`${at}/conditions`, 'conditions-not-supported', { subject: subject.key });
      } else checkConditions(rule.conditions, subject, `${at}/conditions`, registry, report);
    }
  });
  return problems;
}
