/** A before/after value of an audit entry as one line of text. */
export function auditValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map(auditValueText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
