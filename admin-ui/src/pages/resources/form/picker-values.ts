/*
 * The value logic shared by the core pickers (department-select, role-select, member-select): one widget
 * serves a single string field and an array-of-strings field (RJSF hands an array field's whole list to
 * a custom `ui:widget`), and falls back to typing ids when the user may not read what it picks from.
 */

/** The field's value as a list of ids: a string field holds one, an array field many. */
export function pickedIdsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** The ids back as the field's value: the list for an array field, the first id (or none) for a string. */
export function fieldValueOf(ids: readonly string[], isMultiple: boolean): string[] | string | undefined {
  return isMultiple ? [...ids] : ids[0];
}

/** Whether the field is an array of ids (RJSF says `multiple` for a custom widget on an array field). */
export function isMultiplePicker(multiple: boolean | undefined, schemaType: unknown): boolean {
  return multiple === true || schemaType === 'array' || (Array.isArray(schemaType) && schemaType.includes('array'));
}

/**
 * `ids`: a plain tag input, for a user who may not read the list (or whose list failed to load): the
 * field stays usable with ids copied from elsewhere, and the form never breaks on a 403. `loading`: the
 * picker, waiting for its options. `picker`: the picker with its options.
 */
export type PickerMode = 'picker' | 'loading' | 'ids';

export function pickerModeOf(state: { mayRead: boolean; hasFailed: boolean; isLoaded: boolean }): PickerMode {
  if (!state.mayRead || state.hasFailed) return 'ids';
  return state.isLoaded ? 'picker' : 'loading';
}
