import { formatFen } from '../../format/format-fen.ts';
import type { MessageVars } from '../../i18n/translate.ts';
import type { FieldOption, ResourceFieldType } from './resource-fields.ts';

/** What formatting a value needs from the page: texts in the user's language, times on the company's clock. */
export interface FieldFormat {
  t: (key: string, vars?: MessageVars) => string;
  formatDateTime: (iso: string | null | undefined) => string;
}

/**
 * How one field value reads, before it becomes markup: the list, the detail and plugin screens (through
 * the SDK's `CustomFieldValues`) render the same display, so a value reads the same everywhere.
 */
export type FieldDisplay =
  | { kind: 'empty' }
  /** The labels of the chosen options (one for a single choice). */
  | { kind: 'tags'; labels: string[] }
  | { kind: 'money'; text: string; isNegative: boolean }
  /** An id: shown shortened, copied whole. */
  | { kind: 'id'; text: string; short: string }
  /** Free text that may be long (a table cuts it short). */
  | { kind: 'text'; text: string }
  /** A short formatted value: a time, 是/否, a number, a count. */
  | { kind: 'plain'; text: string };

/** Whether a field holds something to show: not null, missing, an empty text or an empty list. */
export function hasFieldValue(value: unknown): boolean {
  return !(value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
}

/** One value by the field's type: ¥ for fen, the tenant's time, labels for enums (several for a multi-choice field). */
export function fieldDisplayOf(type: ResourceFieldType, options: readonly FieldOption[] | undefined, value: unknown, format: FieldFormat): FieldDisplay {
  if (!hasFieldValue(value)) return { kind: 'empty' };
  if (options) {
    const labelOf = (raw: unknown) => options.find((option) => option.raw === raw)?.label ?? String(raw);
    return { kind: 'tags', labels: Array.isArray(value) ? value.map(labelOf) : [labelOf(value)] };
  }
  switch (type) {
    case 'money':
      return typeof value === 'number' ? { kind: 'money', text: formatFen(value), isNegative: value < 0 } : { kind: 'plain', text: String(value) };
    case 'date-time':
      return { kind: 'plain', text: typeof value === 'string' ? format.formatDateTime(value) : String(value) };
    case 'boolean':
      return { kind: 'plain', text: format.t(value === true ? 'resource.value.yes' : 'resource.value.no') };
    case 'integer':
      return { kind: 'plain', text: typeof value === 'number' ? value.toLocaleString('en-US') : String(value) };
    case 'uuid':
      return { kind: 'id', text: String(value), short: String(value).slice(0, 8) };
    case 'uuid[]':
      return { kind: 'plain', text: Array.isArray(value) ? format.t('resource.value.count', { count: value.length }) : String(value) };
    case 'string':
      // a list without choices to label (a multi-option field whose set has none) reads as its values
      return {
        kind: 'text',
        text: Array.isArray(value) ? value.map(String).join('、') : typeof value === 'object' ? JSON.stringify(value) : String(value),
      };
  }
}
