/** What the tree rules need of an option. */
export interface TreeOption {
  readonly value: string;
  /** Null (or absent): a top-level option. */
  readonly parentValue?: string | null;
  readonly sortOrder: number;
}

const bySiblingOrder = (a: TreeOption, b: TreeOption) =>
  a.sortOrder - b.sortOrder || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

function childrenByParent<T extends TreeOption>(options: readonly T[]): Map<string | null, T[]> {
  const known = new Set(options.map((o) => o.value));
  const children = new Map<string | null, T[]>();
  for (const option of options) {
    // an option whose parent is not in the list is shown at the top rather than lost
    const parent = option.parentValue != null && known.has(option.parentValue) ? option.parentValue : null;
    children.set(parent, [...(children.get(parent) ?? []), option]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  return children;
}

/**
 * The options in the order a tree is drawn in: parents before their children, siblings by sort order
 * then value, each with its depth (0 at the top). An option inside a parent loop is left out: the
 * write rules never let one form.
 */
export function inTreeOrder<T extends TreeOption>(options: readonly T[]): { option: T; depth: number }[] {
  const children = childrenByParent(options);
  const ordered: { option: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const option of children.get(parent) ?? []) {
      ordered.push({ option, depth });
      visit(option.value, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** `value` and every option below it, the option itself first. */
export function subtreeValues(options: readonly TreeOption[], value: string): string[] {
  const children = childrenByParent(options);
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    found.push(current);
    for (const child of children.get(current) ?? []) visit(child.value);
  };
  visit(value);
  return found;
}

/** Whether putting `value` under `parentValue` would put it under itself or one of its sub-options. */
export function createsCycle(options: readonly TreeOption[], value: string, parentValue: string | null): boolean {
  if (parentValue === null) return false;
  return subtreeValues(options, value).includes(parentValue);
}

/** The sort order that puts a new option after its siblings under `parentValue`. */
export function nextSortOrder(options: readonly TreeOption[], parentValue: string | null): number {
  const siblings = options.filter((o) => (o.parentValue ?? null) === parentValue);
  return siblings.length === 0 ? 0 : Math.max(...siblings.map((o) => o.sortOrder)) + 1;
}

/** How many ancestors `value` has (0 at the top). */
export function depthOf(options: readonly TreeOption[], value: string): number {
  const parentOf = new Map(options.map((o) => [o.value, o.parentValue ?? null]));
  let depth = 0;
  const seen = new Set<string>([value]);
  for (let parent = parentOf.get(value) ?? null; parent !== null && !seen.has(parent); parent = parentOf.get(parent) ?? null) {
    seen.add(parent);
    depth += 1;
  }
  return depth;
}
