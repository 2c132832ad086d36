import type { EntitySchema } from '@mikro-orm/core';

/** How a dataset field's values are compared, grouped and shown. */
export type DatasetFieldType = 'string' | 'number' | 'money' | 'boolean' | 'date' | 'time' | 'option';

/** One field of a dataset: a column of its table, or a member of a JSON column (form data, custom fields). */
export interface DatasetField {
  /** What a query names it by: a property (`stage`), `custom.<key>` or `data.<key>`. */
  readonly key: string;
  readonly title: string;
  readonly type: DatasetFieldType;
  /** The entity property holding it. */
  readonly property: string;
  /** The member of that JSON property, when it is one. */
  readonly member?: string;
  /** For option fields: value → label in the reader's language. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The field name access rules use for it (field rules, uniform readability). */
  readonly ruleField: string;
  /**
   * Only rows whose `version` is one of these hold this field's type (a form field may have held other
   * values in older versions): other rows count as having no value.
   */
  readonly versions?: readonly number[];
}

/**
 * Data a report can be built on (数据集), described per reader: the rows of an access subject (one
 * entity's table, read under the company's RLS and the reader's data scope), fixed criteria, and the
 * fields a report may group, filter and aggregate by.
 */
export interface Dataset {
  /** `<plugin>.<key>` for a module's, `core.<key>` for the core's, `form.<formId>` for a published form's submissions. */
  readonly key: string;
  readonly title: string;
  readonly source: 'core' | 'plugin' | 'form';
  readonly subject: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity schema of any entity type
  readonly entity: EntitySchema<any>;
  /** Criteria every row meets (over the entity's properties), e.g. `{ formId }`. */
  readonly where?: Readonly<Record<string, unknown>>;
  readonly fields: readonly DatasetField[];
}

/** A JSON member name safe to write into SQL text as a literal (letters, digits, `_`). */
export const safeMember = /^[A-Za-z_][A-Za-z0-9_]{0,59}$/;
