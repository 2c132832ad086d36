import type { SubjectView } from '../../../api/access-api.ts';

/** The Select value of "every row"; real scope keys come from the catalog. */
export const allRowsValue = '';

/**
 * The data scopes a cell offers: the subject's scopes, with the one without conditions standing for
 * "every row" (`null` in a CellGrant). A subject that declares no such scope still gets "every row".
 */
export function scopeOptions(subject: SubjectView, allRowsLabel: string): { value: string; label: string }[] {
  const options = subject.scopes.map((scope) => ({
    value: scope.conditions === null ? allRowsValue : scope.key,
    label: scope.title,
  }));
  return options.some((option) => option.value === allRowsValue)
    ? options
    : [{ value: allRowsValue, label: allRowsLabel }, ...options];
}
