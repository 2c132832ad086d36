import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { Locale } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';
import { optionChoicesOfSets } from '../taxonomy/option-choices.ts';
import { optionSetReferences, walkSchema } from './option-set-references.ts';

type Schema = Record<string, unknown>;

/** Refuses a form schema that names an option set the company does not have (pointer to where). */
export async function assertOptionSetsExist(em: EntityManager, schema: Schema, locale: Locale): Promise<void> {
  const keys = [...optionSetReferences(schema).keys()];
  const found = await optionChoicesOfSets(em, keys);
  const missing = keys.filter((key) => !found.has(key));
  if (missing.length === 0) return;
  throw new ValidationFailedError(
    {},
    {
      fieldProblems: missing.map((key) => ({
        pointer: '/body/schema',
        code: 'unknown-option-set',
        message: translate(locale, 'forms.unknown-option-set', { key }),
      })),
    },
  );
}

/**
 * A copy of the schema with each `x-options: '<set>'` given the set's values as `oneOf` of
 * `{ const, title }` (titles in `locale`, `x-parent` naming a child's parent option, so a hierarchical set
 * renders as a cascader): what the browser renders and what both sides validate. `includeDisabled` keeps disabled options valid (correcting an old submission that holds one).
 */
export async function expandOptionSets(em: EntityManager, schema: Schema, locale: Locale, includeDisabled = false): Promise<Schema> {
  const copy = structuredClone(schema);
  const nodes: Schema[] = [];
  walkSchema(copy, (node) => {
    if (typeof node['x-options'] === 'string') nodes.push(node);
  });
  const choices = await optionChoicesOfSets(em, [...new Set(nodes.map((node) => node['x-options'] as string))]);
  for (const node of nodes) {
    const options = (choices.get(node['x-options'] as string) ?? []).filter((option) => includeDisabled || !option.disabled);
    node['oneOf'] = options.map((option) => ({
      const: option.value,
      title: locale === 'zh-CN' ? option.label['zh-CN'] : option.label['en-US'],
      ...(option.parentValue ? { 'x-parent': option.parentValue } : {}),
    }));
  }
  return copy;
}
