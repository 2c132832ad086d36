import type { AccessRule } from '@tessera/schemas/access';
import type { FieldProblem } from '../http/domain-error.ts';
import { placeholderKind } from './placeholders.ts';
import { allSubjects, manageAction } from './standard-actions.ts';
import type { SubjectDeclaration, SubjectRegistry } from './subject-registry.ts';

const comparisonOperators = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte']);
const listOperators = new Set(['$in', '$nin']);

type Report = (pointer: string, code: string, message: string) => void;

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function checkValue(value: unknown, pointer: string, registry: SubjectRegistry, report: Report): void {
  if (typeof value === 'string' && value.includes('${')) {
    const kind = placeholderKind(value);
    if (!kind) report(pointer, 'unknown-placeholder', `unknown placeholder ${value}`);
    else if (kind !== 'fixed' && !registry.attribute(kind.attribute)) {
      report(pointer, 'unknown-attribute', `no scope attribute ${kind.attribute} is declared`);
    }
    return;
  }
  if (!isScalar(value)) report(pointer, 'invalid-value', 'a condition value must be a string, number, boolean or null');
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
      report(at, 'unknown-field', `${subject.key} has no field ${field}`);
      continue;
    }
    if (test === null || typeof test !== 'object' || Array.isArray(test)) {
      checkValue(test, at, registry, report);
      continue;
    }
    const operators = Object.entries(test);
    if (operators.length === 0) report(at, 'invalid-condition', 'an operator object needs at least one operator');
    for (const [operator, operand] of operators) {
      const opAt = `${at}/${operator}`;
      if (comparisonOperators.has(operator)) checkValue(operand, opAt, registry, report);
      else if (listOperators.has(operator)) {
        if (Array.isArray(operand)) operand.forEach((item, i) => checkValue(item, `${opAt}/${i}`, registry, report));
        else if (typeof operand === 'string') checkValue(operand, opAt, registry, report);
        else report(opAt, 'invalid-value', `${operator} takes a list or a list placeholder`);
      } else report(opAt, 'unknown-operator', `operator ${operator} is not allowed`);
    }
  }
}

/**
 * Problems of a role's rules against the registry: unknown subjects, actions, fields, operators and
 * placeholders, and conditions or field lists on subjects that cannot enforce them. Pointers are relative
 * to `basePointer` (e.g. `/body/rules`).
 */
export function validateRules(rules: readonly AccessRule[], registry: SubjectRegistry, basePointer: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  rules.forEach((rule, index) => {
    const at = `${basePointer}/${index}`;
    const report: Report = (pointer, code, message) => problems.push({ pointer, code, message });
    if (rule.subject === allSubjects) {
      if (rule.action !== manageAction && rule.action !== 'read') {
        report(`${at}/action`, 'unknown-action', 'the subject "all" takes only the actions manage and read');
      }
      if (rule.conditions) report(`${at}/conditions`, 'conditions-not-supported', 'rules on "all" cannot carry conditions');
      if (rule.fields) report(`${at}/fields`, 'fields-not-supported', 'rules on "all" cannot carry fields');
      return;
    }
    const subject = registry.subject(rule.subject);
    if (!subject) {
      report(`${at}/subject`, 'unknown-subject', `no subject ${rule.subject} is declared`);
      return;
    }
    if (rule.action !== manageAction && !subject.actions.some((a) => a.key === rule.action)) {
      report(`${at}/action`, 'unknown-action', `${subject.key} has no action ${rule.action}`);
    }
    if (rule.fields) {
      if (!subject.fieldScoped) report(`${at}/fields`, 'fields-not-supported', `${subject.key} takes no field rules`);
      else {
        const fieldKeys = new Set(subject.fields.map((f) => f.key));
        rule.fields.forEach((field, i) => {
          if (!fieldKeys.has(field)) report(`${at}/fields/${i}`, 'unknown-field', `${subject.key} has no field ${field}`);
        });
      }
    }
    if (rule.conditions) {
      if (!subject.rowScoped) {
        report(`${at}/conditions`, 'conditions-not-supported', `${subject.key} takes no data-scope conditions`);
      } else checkConditions(rule.conditions, subject, `${at}/conditions`, registry, report);
    }
  });
  return problems;
}
