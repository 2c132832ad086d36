import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { Locale } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';
import { optionChoices } from '../taxonomy/option-choices.ts';
import { optionSetReferences, walkSchema } from './option-set-references.ts';

type Schema = Record<string, unknown>;

/** Refuses a form schema that names an option set the company does not have (pointer to where). */
export async function assertOptionSetsExist(em: EntityManager, schema: Schema, locale: Locale): Promise<void> {
  const missing: string[] = [];
  for (const key of optionSetReferences(schema).keys()) if ((await optionChoices(em, key)) === null) missing.push(key);
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
 * `{ const, title }` (titles in `locale`): what the browser renders as a select and what both sides
 * validate. `includeDisabled` keeps disabled options valid (correcting an old submission that holds one).
 */
export async function expandOptionSets(em: EntityManager, schema: Schema, locale: Locale, includeDisabled = false): Promise<Schema> {
  const copy = structuredClone(schema);
  const cache = new Map<string, Awaited<ReturnType<typeof optionChoices>>>();
  const nodes: Schema[] = [];
  walkSchema(copy, (node) => {
    if (typeof node['x-options'] === 'string') nodes.push(node);
  });
  for (const node of nodes) {
    const key = node['x-options'] as string;
    if (!cache.has(key)) cache.set(key, await optionChoices(em, key));
    const options = (cache.get(key) ?? []).filter((option) => includeDisabled || !option.disabled);
    node['oneOf'] = options.map((option) => ({ const: option.value, title: locale === 'zh-CN' ? option.label['zh-CN'] : option.label['en-US'] }));
  }
  return copy;
}
