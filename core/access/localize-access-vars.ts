import type { Locale } from '../i18n/translate.ts';
import { standardActions } from './standard-actions.ts';
import type { SubjectRegistry } from './subject-registry.ts';

type Vars = Record<string, string | number>;

/**
 * An access error's `subject`, `action` and `field` as the reader's words («订单», «查看», «成本») instead of
 * keys, for its message. Keys the registry does not know are left as they are.
 */
export function localizeAccessVars(vars: Vars, registry: SubjectRegistry, locale: Locale): Vars {
  const subjectKey = vars.subject;
  if (typeof subjectKey !== 'string') return vars;
  const subject = registry.subject(subjectKey);
  if (!subject) return vars;
  const localized: Vars = { ...vars, subject: subject.title[locale] };
  if (typeof vars.action === 'string') {
    const action =
      subject.actions.find((a) => a.key === vars.action) ??
      Object.values(standardActions).find((a) => a.key === vars.action);
    if (action) localized.action = action.title[locale];
  }
  if (typeof vars.field === 'string') {
    const field = subject.fields.find((f) => f.key === vars.field);
    if (field) localized.field = field.title[locale];
  }
  return localized;
}
