import type { DatasetFieldType } from './dataset.ts';

type Property = Record<string, unknown>;

/** A form field's values (an expanded JSON Schema property) as a dataset type, or undefined for lists and objects. */
export function jsonFieldType(property: Property): DatasetFieldType | undefined {
  // an option-set field, expanded (`oneOf`) or as stored (`x-options`)
  if (property['type'] !== 'array' && (Array.isArray(property['oneOf']) || typeof property['x-options'] === 'string')) return 'option';
  if (property['x-widget'] === 'money') return 'money';
  switch (property['type']) {
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return property['format'] === 'date' ? 'date' : property['format'] === 'date-time' ? 'time' : 'string';
    default:
      return undefined;
  }
}

/** value → title of an expanded choice list. */
export function choiceLabels(property: Property): Record<string, string> | undefined {
  const oneOf = property['oneOf'];
  if (!Array.isArray(oneOf)) return undefined;
  return Object.fromEntries(
    oneOf.flatMap((choice: { const?: unknown; title?: unknown }) =>
      typeof choice?.title === 'string' && choice.const !== undefined ? [[String(choice.const), choice.title]] : [],
    ),
  );
}
