/**
 * The bounds a tenant-made form schema and a submission must stay within. They keep one validation cheap
 * enough that a hostile schema or payload cannot stall the server or the browser (docs/forms.md,
 * "Validation and safety"); every form a person fills in fits far inside them.
 */
export const formLimits = {
  /** Subschemas inside subschemas: a field of an object inside a list inside … counts one per level. */
  schemaDepth: 12,
  /** JSON nesting of the schema document itself, `enum`/`const`/`default` values included. */
  schemaJsonDepth: 32,
  /** The walk of a schema stops here (reported as too large) instead of reading an unbounded document. */
  schemaNodes: 50_000,
  /** UTF-8 bytes of the schema as JSON. */
  schemaBytes: 200 * 1024,
  /** Entries of every `properties` in the schema, added up. */
  totalProperties: 400,
  /** Characters of one `pattern` (or `patternProperties` key). */
  patternLength: 500,
  /** RE2's rough cost of one compiled pattern; bigger ones are refused as too complex. */
  patternProgramSize: 1_000,
  /** Caps every list, text and object gets when its schema sets none; a higher explicit value is refused. */
  maxItems: 1_000,
  maxLength: 20_000,
  maxProperties: 1_000,
  /** Nesting of the submitted data. */
  dataDepth: 16,
  /** Values in the submitted data (every object, array, string, number, boolean and null counts one). */
  dataNodes: 20_000,
  /** UTF-8 bytes of the submitted data as JSON. */
  dataBytes: 512 * 1024,
  /**
   * Regex work allowed for one validation: the sum over pattern tests of RE2's program size × input
   * length, an upper bound of what RE2's linear-time matcher does. Past it the data is refused.
   */
  regexWorkPerValidation: 30_000_000,
} as const;

/** Keys that would reach an object's prototype if anything ever merged the data carelessly. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
