import type { ApiError } from '../../../api/api-error.ts';

/**
 * Where a problem of the query or the save belongs in the builder: `/body/dimensions/0/field` (preview)
 * and `/body/query/dimensions/0/field` (save) both name slot `dimensions.0`; `/body/title` names `title`.
 * Problems without a slot the builder shows go into the page's message.
 */
export function slotOf(pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  const rest = parts[0] === 'body' ? parts.slice(1) : parts;
  const inQuery = rest[0] === 'query' ? rest.slice(1) : rest;
  const [head, index] = inQuery;
  if (head === undefined) return '';
  return index !== undefined && /^\d+$/.test(index) ? `${head}.${index}` : head;
}

export type ProblemSlots = Record<string, string[]>;

/** The problem's field messages by slot. */
export function problemSlots(error: ApiError): ProblemSlots {
  const slots: ProblemSlots = {};
  for (const problem of error.errors) {
    const slot = slotOf(problem.pointer);
    slots[slot] = [...(slots[slot] ?? []), problem.message];
  }
  return slots;
}
