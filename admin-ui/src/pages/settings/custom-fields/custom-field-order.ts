interface Ordered {
  id: string;
  sortOrder: number;
}

/** Gap between neighbours, as the server leaves when it appends a field (max + 10). */
const step = 10;

/**
 * The `sortOrder` updates that move one field a place up (-1) or down (+1) in the list as shown: the
 * list renumbered 0, 10, 20, … and only the fields whose number changes (two, for a list numbered that
 * way already). Nothing at the list's ends, or for a field that is not in it.
 */
export function movedSortOrders(fields: readonly Ordered[], id: string, direction: -1 | 1): Ordered[] {
  const index = fields.findIndex((field) => field.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= fields.length) return [];
  const order = [...fields];
  [order[index], order[target]] = [order[target] as Ordered, order[index] as Ordered];
  return order
    .map((field, position) => ({ id: field.id, sortOrder: position * step, before: field.sortOrder }))
    .filter((field) => field.sortOrder !== field.before)
    .map(({ id: moved, sortOrder }) => ({ id: moved, sortOrder }));
}
