import type { AccessRule } from '@tessera/schemas/access';
import { RulesInvalidError } from './access-errors.ts';
import type { Locale } from '../i18n/translate.ts';
import type { SubjectRegistry } from './subject-registry.ts';
import { validateRules } from './validate-rules.ts';

/** 400 listing every problem of `rules` (sent at `/body/rules`) against the registry. */
export function assertValidRules(
  rules: readonly AccessRule[],
  registry: SubjectRegistry,
  locale: Locale,
  extraFields?: (subject: string) => ReadonlySet<string>,
): void {
  const problems = validateRules(rules, registry, '/body/rules', locale, extraFields);
  if (problems.length > 0) throw new RulesInvalidError({}, { fieldProblems: problems });
}
