/** What a field key must look like: it names the value in every submission, in filters and in exports. */
export const fieldKeyPattern = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

export type FieldKeyProblem = 'invalid' | 'taken';

/** Why `key` cannot name a field beside `otherKeys`, or undefined when it can. */
export function fieldKeyProblem(key: string, otherKeys: readonly string[]): FieldKeyProblem | undefined {
  if (!fieldKeyPattern.test(key)) return 'invalid';
  if (otherKeys.includes(key)) return 'taken';
  return undefined;
}

/** `field_<n>`, n one more than the highest such number in use, so a deleted field's key is not reused. */
export function nextFieldKey(keys: readonly string[]): string {
  let highest = 0;
  for (const key of keys) {
    const match = /^field_(\d{1,6})$/.exec(key);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let next = highest + 1;
  while (keys.includes(`field_${next}`)) next++;
  return `field_${next}`;
}
