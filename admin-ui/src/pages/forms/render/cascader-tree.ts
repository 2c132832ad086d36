/** One choice of a cascader: an option of a hierarchical set with its parent option's value. */
export interface CascaderChoice {
  value: string;
  label: string;
  parent?: string;
}

export interface CascaderNode {
  value: string;
  label: string;
  children?: CascaderNode[];
}

/**
 * The choices as antd Cascader's tree. A choice whose parent is not among them (a disabled parent the
 * server left out) sits at the top, so it can still be picked.
 */
export function cascaderTreeOf(choices: readonly CascaderChoice[]): CascaderNode[] {
  const known = new Set(choices.map((choice) => choice.value));
  const childrenOf = new Map<string | undefined, CascaderChoice[]>();
  for (const choice of choices) {
    const parent = choice.parent !== undefined && known.has(choice.parent) && choice.parent !== choice.value ? choice.parent : undefined;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), choice]);
  }
  const placed = new Set<string>();
  const build = (parent: string | undefined): CascaderNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((choice) => !placed.has(choice.value))
      .map((choice) => {
        placed.add(choice.value);
        const children = build(choice.value);
        return children.length > 0 ? { value: choice.value, label: choice.label, children } : { value: choice.value, label: choice.label };
      });
  return build(undefined);
}

/** The values from the top down to `value` (the path the Cascader shows); empty when it is not a choice. */
export function cascaderPathOf(choices: readonly CascaderChoice[], value: unknown): string[] {
  const byValue = new Map(choices.map((choice) => [choice.value, choice]));
  const path: string[] = [];
  let current = typeof value === 'string' ? byValue.get(value) : undefined;
  while (current && !path.includes(current.value)) {
    path.unshift(current.value);
    current = current.parent === undefined ? undefined : byValue.get(current.parent);
  }
  return path;
}

/** The labels along the path, as a cell or a read-only view shows the value: `华东 / 上海`. */
export function cascaderLabelOf(choices: readonly CascaderChoice[], value: unknown): string | undefined {
  const path = cascaderPathOf(choices, value);
  if (path.length === 0) return undefined;
  const labels = new Map(choices.map((choice) => [choice.value, choice.label]));
  return path.map((step) => labels.get(step) ?? step).join(' / ');
}
