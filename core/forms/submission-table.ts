import type { FormVersion } from './form-store.ts';
import type { SubmissionRecord } from './submission-store.ts';

/** One cell as a spreadsheet shows it: lists joined, objects as JSON, nothing for absent values. */
export function cellOf(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

type Property = { title?: string; oneOf?: unknown; items?: { oneOf?: unknown }; 'x-widget'?: unknown };
type Properties = Record<string, Property>;

/** value → title of a choice list (`oneOf: [{ const, title }]`, as option sets are expanded). */
function choiceTitles(oneOf: unknown): Map<unknown, string> | undefined {
  if (!Array.isArray(oneOf)) return undefined;
  return new Map(oneOf.flatMap((choice: { const?: unknown; title?: unknown }) => (typeof choice?.title === 'string' ? [[choice.const, choice.title]] : [])));
}

/** A field's value as a reader wants it in a sheet: choices by their titles, money in yuan. */
function presentedValue(property: Property | undefined, value: unknown): unknown {
  if (!property) return value;
  const titles = choiceTitles(property.oneOf);
  if (titles && !Array.isArray(value)) return titles.get(value) ?? value;
  const itemTitles = choiceTitles(property.items?.oneOf);
  if (itemTitles && Array.isArray(value)) return value.map((item) => itemTitles.get(item) ?? item);
  if (property['x-widget'] === 'money' && typeof value === 'number') return value / 100;
  return value;
}

/**
 * A schema's top-level fields with their schemas: its `properties`, then those a `dependencies` branch
 * adds (a field the form shows only while another field has a given value).
 */
export function topLevelFields(schema: Record<string, unknown>): Properties {
  // a stored version's schema passed the draft-07 meta-schema: properties and branches are objects
  const fields: Properties = { ...((schema['properties'] ?? {}) as Properties) };
  for (const [trigger, dependency] of Object.entries((schema['dependencies'] ?? {}) as Record<string, { oneOf?: unknown }>)) {
    const branches = Array.isArray(dependency?.oneOf) ? (dependency.oneOf as { properties?: Properties }[]) : [];
    for (const branch of branches) {
      for (const [key, property] of Object.entries(branch?.properties ?? {})) if (key !== trigger && !(key in fields)) fields[key] = property;
    }
  }
  return fields;
}

export interface SubmissionTableTexts {
  labels: { submittedAt: string; submitter: string; version: string; status: string };
  submitterName: (userId: string) => string;
  statusName: (status: string) => string;
}

/**
 * The export's header and rows: the submission's own columns, then the latest version's fields (with
 * their titles), then fields only older versions had, so every submission's data has a column. `schema`
 * is the latest version's with its option sets expanded (disabled options too), so choices show their
 * labels; money shows in yuan.
 */
export function submissionTable(schema: FormVersion['schema'], submissions: readonly SubmissionRecord[], texts: SubmissionTableTexts) {
  const { labels } = texts;
  const properties = topLevelFields(schema);
  const fields = Object.keys(properties);
  for (const submission of submissions) for (const key of Object.keys(submission.data)) if (!fields.includes(key)) fields.push(key);
  const header = [labels.submittedAt, labels.submitter, labels.version, labels.status, ...fields.map((field) => properties[field]?.title ?? field)];
  const rows = submissions.map((s) => [
    s.submittedAt,
    texts.submitterName(s.submitterId),
    s.version,
    texts.statusName(s.status),
    ...fields.map((field) => cellOf(presentedValue(properties[field], s.data[field]))),
  ]);
  return { header, rows };
}
