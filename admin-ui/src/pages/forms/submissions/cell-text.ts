import { formatDateTime } from '../../../format/format-date-time.ts';
import { formatFen } from '../../../format/format-fen.ts';
import { cascaderLabelOf } from '../render/cascader-tree.ts';
import type { OptionChoice } from '../render/expand-options.ts';
import type { DataColumn } from './submission-columns.ts';

export interface CellLookups {
  timeZone: string;
  memberName: (id: string) => string | undefined;
  departmentName: (id: string) => string | undefined;
  yes: string;
  no: string;
}

const choiceTitle = (choices: readonly OptionChoice[], value: unknown) =>
  choices.find((choice) => choice.const === value)?.title ?? String(value);

/** Rich text's words without its tags, as a cell shows a glimpse of it. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function listText(value: unknown): string {
  if (Array.isArray(value)) return value.map(listText).join('、');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${listText(item)}`)
      .join('; ');
  }
  return String(value);
}

/**
 * A submitted value as the table shows it: option labels instead of values, ¥ amounts, times in the
 * company's zone, names of members and departments, yes/no; empty for no value.
 */
export function cellText(value: unknown, column: Pick<DataColumn, 'kind' | 'choices'>, lookups: CellLookups): string {
  if (value === undefined || value === null || value === '') return '';
  switch (column.kind) {
    case 'select':
      return choiceTitle(column.choices, value);
    case 'cascader': {
      const choices = column.choices.map((choice) => ({ value: choice.const, label: choice.title, parent: choice['x-parent'] }));
      return cascaderLabelOf(choices, value) ?? String(value);
    }
    case 'multi-select':
      return Array.isArray(value) ? value.map((item) => choiceTitle(column.choices, item)).join('、') : String(value);
    case 'money':
      return typeof value === 'number' ? formatFen(value) : String(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
    case 'switch':
      return value === true ? lookups.yes : value === false ? lookups.no : String(value);
    case 'date-time':
      return typeof value === 'string' ? formatDateTime(value, lookups.timeZone) : String(value);
    case 'member':
      return typeof value === 'string' ? (lookups.memberName(value) ?? value) : String(value);
    case 'department':
      return typeof value === 'string' ? (lookups.departmentName(value) ?? value) : String(value);
    case 'richtext':
      return typeof value === 'string' ? plainText(value) : String(value);
    default:
      return listText(value);
  }
}
