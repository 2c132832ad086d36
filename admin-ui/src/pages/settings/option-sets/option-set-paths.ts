export const optionSetsPath = '/settings/option-sets';

/** The editor of one set. */
export function optionSetPath(key: string): string {
  return `${optionSetsPath}/${encodeURIComponent(key)}`;
}
