import type { SubjectView } from '@tessera/schemas/access';
import { type Locale, translate } from '../../i18n/translate.ts';
import type { SubjectDeclaration, SubjectRegistry } from '../subject-registry.ts';

/** The ready-made data scopes a subject's declared scope fields allow, as the conditions they store. */
function scopesOf(subject: SubjectDeclaration, locale: Locale): SubjectView['scopes'] {
  const scopes: SubjectView['scopes'] = [{ key: 'all', title: translate(locale, 'scopes.all'), conditions: null }];
  if (!subject.rowScoped) return scopes;
  const fields = subject.scopeFields ?? {};
  if (fields.owner) {
    scopes.push({ key: 'own', title: translate(locale, 'scopes.own'), conditions: { [fields.owner]: '${user.id}' } });
  }
  if (fields.department) {
    scopes.push(
      {
        key: 'department',
        title: translate(locale, 'scopes.department'),
        conditions: { [fields.department]: { $in: '${user.departmentIds}' } },
      },
      {
        key: 'department-tree',
        title: translate(locale, 'scopes.department-tree'),
        conditions: { [fields.department]: { $in: '${user.departmentTreeIds}' } },
      },
    );
  }
  for (const [attribute, field] of Object.entries(fields.attributes ?? {})) {
    scopes.push({
      key: `attribute:${attribute}`,
      title: translate(locale, 'scopes.attribute', { attribute }),
      conditions: { [field]: { $in: `\${user.attributes.${attribute}}` } },
    });
  }
  return scopes;
}

export function toSubjectView(subject: SubjectDeclaration, registry: SubjectRegistry, locale: Locale): SubjectView {
  return {
    key: subject.key,
    title: subject.title[locale],
    group: subject.group,
    groupTitle: registry.groupTitle(subject.group)?.[locale] ?? subject.group,
    rowScoped: subject.rowScoped,
    fieldScoped: subject.fieldScoped,
    actions: subject.actions.map((a) => ({ key: a.key, title: a.title[locale] })),
    fields: subject.fields.map((f) => ({ key: f.key, title: f.title[locale], type: f.type })),
    scopes: scopesOf(subject, locale),
  };
}
