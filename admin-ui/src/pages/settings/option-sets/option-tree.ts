import type { OptionView } from '../../../api/option-sets-api.ts';

export interface OptionNode {
  option: OptionView;
  children: OptionNode[];
}

/** The tree from the server's flat list (parents first, siblings in order); an orphan becomes a root. */
export function buildOptionTree(options: readonly OptionView[]): OptionNode[] {
  const nodes = new Map(options.map((option) => [option.value, { option, children: [] as OptionNode[] }]));
  const roots: OptionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.option.parentValue === null ? undefined : nodes.get(node.option.parentValue);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The values of the options under `parentValue` (null: the top level), in their current order. */
export function siblingValues(options: readonly OptionView[], parentValue: string | null): string[] {
  return options.filter((option) => option.parentValue === parentValue).map((option) => option.value);
}

/** The sibling order after moving `value` one place up (-1) or down (+1); unchanged at either end. */
export function movedOrder(siblings: readonly string[], value: string, step: -1 | 1): string[] {
  const from = siblings.indexOf(value);
  const to = from + step;
  if (from < 0 || to < 0 || to >= siblings.length) return [...siblings];
  const order = [...siblings];
  order.splice(from, 1);
  order.splice(to, 0, value);
  return order;
}

/** `value` and everything under it: the parents it may not be moved under. */
export function subtreeValues(options: readonly OptionView[], value: string): Set<string> {
  const values = new Set([value]);
  // parents come before children, so one pass in list order finds every descendant
  for (const option of options) {
    if (option.parentValue !== null && values.has(option.parentValue)) values.add(option.value);
  }
  return values;
}

/**
 * Where a dragged option lands: dropped on an option it becomes its last child; dropped in the gap
 * beside `target` it becomes its sibling, before or after it.
 */
export function dropPlacement(
  options: readonly OptionView[],
  dragged: string,
  target: string,
  intoTarget: boolean,
  beforeTarget: boolean,
): { parentValue: string | null; order: string[] } | null {
  const targetOption = options.find((option) => option.value === target);
  if (!targetOption || subtreeValues(options, dragged).has(target)) return null;
  const parentValue = intoTarget ? target : targetOption.parentValue;
  const siblings = siblingValues(options, parentValue).filter((value) => value !== dragged);
  if (intoTarget) return { parentValue, order: [...siblings, dragged] };
  const at = siblings.indexOf(target) + (beforeTarget ? 0 : 1);
  return { parentValue, order: [...siblings.slice(0, at), dragged, ...siblings.slice(at)] };
}
