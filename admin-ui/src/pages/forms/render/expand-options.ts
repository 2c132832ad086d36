import type { OptionView } from '../../../api/option-sets-api.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { isJsonObject, type JsonObject } from '../designer/designer-model.ts';
import { localizedText } from '../../settings/option-sets/localized-text.ts';

/** One choice as the server expands an option set: its value, label and parent option's value. */
export interface OptionChoice {
  const: string;
  title: string;
  'x-parent'?: string;
}

/** A set's enabled options as choices in the reader's language, parents first as the set lists them. */
export function optionChoicesOf(options: readonly OptionView[], locale: Locale): OptionChoice[] {
  return options
    .filter((option) => !option.disabled)
    .map((option) => ({
      const: option.value,
      title: localizedText(option.label, locale),
      ...(option.parentValue ? { 'x-parent': option.parentValue } : {}),
    }));
}

function visit(node: unknown, each: (node: JsonObject) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, each);
  } else if (isJsonObject(node)) {
    each(node);
    for (const value of Object.values(node)) visit(value, each);
  }
}

/** The option sets a schema names with `x-options`, each once. */
export function optionSetKeysOf(schema: JsonObject): string[] {
  const keys = new Set<string>();
  visit(schema, (node) => {
    if (typeof node['x-options'] === 'string') keys.add(node['x-options']);
  });
  return [...keys];
}

/**
 * A copy of a draft schema with each `x-options` field given its set's choices as `oneOf`, as
 * `GET /api/forms/:id/versions/:v` answers a published one, so the preview shows what members will
 * see. A set with no enabled options offers none (`enum: []`: draft-07 wants `oneOf` non-empty).
 */
export function expandOptionSets(schema: JsonObject, choices: ReadonlyMap<string, readonly OptionChoice[]>): JsonObject {
  const copy = structuredClone(schema);
  visit(copy, (node) => {
    const key = node['x-options'];
    if (typeof key !== 'string') return;
    const known = choices.get(key);
    if (!known) return;
    if (known.length === 0) node.enum = [];
    else node.oneOf = known.map((choice) => ({ ...choice }));
  });
  return copy;
}
