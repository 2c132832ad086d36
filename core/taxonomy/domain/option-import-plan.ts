import { nextSortOrder, type TreeOption } from './option-tree.ts';

export interface OptionLabel {
  readonly 'zh-CN': string;
  readonly 'en-US': string;
}

/** An option the set already has. */
export interface ExistingOption extends TreeOption {
  readonly label: OptionLabel;
  readonly color: string | null;
}

/** One row of an import file, checked against its schema already. */
export interface ImportRow {
  readonly value: string;
  /** Null: at the top. Absent: at the top for a new option, where it is for an existing one. */
  readonly parentValue?: string | null;
  readonly label: { readonly 'zh-CN': string; readonly 'en-US'?: string };
  /** Absent: keep an existing option's color (none for a new one). */
  readonly color?: string | null;
  readonly sortOrder?: number;
  readonly disabled?: boolean;
}

export type ImportProblemCode = 'duplicate' | 'unknown-parent' | 'parent-changed' | 'cycle';

export interface ImportProblem {
  /** Index of the row in the file's list. */
  readonly row: number;
  readonly field: 'value' | 'parentValue';
  readonly code: ImportProblemCode;
}

export interface NewOption extends ExistingOption {
  readonly disabled: boolean;
}

export interface ImportPlan {
  /** Options to insert, in the file's order. */
  readonly add: readonly NewOption[];
  /** Existing options whose label or color changes; their value, parent, order and state stay. */
  readonly relabel: readonly ExistingOption[];
  readonly unchanged: number;
  readonly problems: readonly ImportProblem[];
}

const labelOf = (row: ImportRow): OptionLabel => ({ 'zh-CN': row.label['zh-CN'].trim(), 'en-US': (row.label['en-US'] ?? '').trim() });
const colorOf = (color: string | null | undefined) => (color === undefined || color === null ? color : color.toLowerCase());

function sameLabel(a: OptionLabel, b: OptionLabel): boolean {
  return a['zh-CN'] === b['zh-CN'] && a['en-US'] === b['en-US'];
}

/** Rows whose parent chain among the new rows comes back to themselves. */
function cyclicRows(newRows: ReadonlyMap<string, { row: number; parentValue: string | null }>): Set<number> {
  const cyclic = new Set<number>();
  for (const [value] of newRows) {
    const seen = new Set<string>();
    let current: string | null = value;
    while (current !== null && newRows.has(current) && !seen.has(current)) {
      seen.add(current);
      current = newRows.get(current)?.parentValue ?? null;
    }
    if (current === value) cyclic.add(newRows.get(value)?.row ?? -1);
  }
  return cyclic;
}

/**
 * What importing `rows` into a set holding `existing` does. An import only adds options and relabels
 * existing ones: it never changes a value, never moves, reorders, disables or deletes an option. A row
 * for an existing option must name the parent that option has; a new option's parent is an existing
 * option or another new row. New options without a sort order go after their siblings.
 */
export function planOptionImport(existing: readonly ExistingOption[], rows: readonly ImportRow[]): ImportPlan {
  const byValue = new Map(existing.map((o) => [o.value, o]));
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  const newRows = new Map<string, { row: number; parentValue: string | null }>();
  rows.forEach((row, index) => {
    if (firstRow.has(row.value)) problems.push({ row: index, field: 'value', code: 'duplicate' });
    else firstRow.set(row.value, index);
    if (!byValue.has(row.value) && !newRows.has(row.value)) newRows.set(row.value, { row: index, parentValue: row.parentValue ?? null });
  });

  const relabel: ExistingOption[] = [];
  let unchanged = 0;
  rows.forEach((row, index) => {
    if (firstRow.get(row.value) !== index) return;
    const parentValue = row.parentValue ?? null;
    const current = byValue.get(row.value);
    if (current) {
      // a row that names no parent leaves an existing option where it is
      if (row.parentValue !== undefined && (current.parentValue ?? null) !== parentValue) {
        problems.push({ row: index, field: 'parentValue', code: 'parent-changed' });
        return;
      }
      const label = labelOf(row);
      const color = colorOf(row.color);
      const next = { ...current, label, color: color === undefined ? current.color : color };
      if (sameLabel(current.label, label) && next.color === current.color) unchanged += 1;
      else relabel.push(next);
      return;
    }
    if (parentValue !== null && !byValue.has(parentValue) && !newRows.has(parentValue)) {
      problems.push({ row: index, field: 'parentValue', code: 'unknown-parent' });
    }
  });
  for (const row of cyclicRows(newRows)) problems.push({ row, field: 'parentValue', code: 'cycle' });
  if (problems.length > 0) return { add: [], relabel: [], unchanged: 0, problems: problems.sort((a, b) => a.row - b.row) };

  // a new row is placed once its parent is, so it goes after the siblings placed before it
  const add: NewOption[] = [];
  const placed: TreeOption[] = [...existing];
  const pending = rows.filter((row, index) => firstRow.get(row.value) === index && !byValue.has(row.value));
  while (pending.length > 0) {
    const known = new Set(placed.map((o) => o.value));
    const ready = pending.filter((row) => row.parentValue == null || known.has(row.parentValue));
    // unreachable after the checks above; it keeps a bad input from looping for ever
    if (ready.length === 0) break;
    for (const row of ready) {
      const parentValue = row.parentValue ?? null;
      const option: NewOption = {
        value: row.value,
        parentValue,
        label: labelOf(row),
        color: colorOf(row.color) ?? null,
        sortOrder: row.sortOrder ?? nextSortOrder(placed, parentValue),
        disabled: row.disabled ?? false,
      };
      add.push(option);
      placed.push(option);
      pending.splice(pending.indexOf(row), 1);
    }
  }
  const fileOrder = (o: NewOption) => firstRow.get(o.value) ?? 0;
  return { add: add.sort((a, b) => fileOrder(a) - fileOrder(b)), relabel, unchanged, problems: [] };
}
