import { raw } from '@mikro-orm/core';
import type { DatasetFilter } from '@tessera/schemas/dataset';
import type { FastifyRequest } from 'fastify';
import { FieldForbiddenError } from '../access/access-errors.ts';
import { accessOf } from '../access/scoped/access-of.ts';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { FieldProblem } from '../http/domain-error.ts';
import { translate } from '../i18n/translate.ts';
import { type CompiledReportSql, compiledReportSql, holdsRawFragments } from './compiled-report-sql.ts';
import { type Dataset, type DatasetField, safeMember } from './dataset.ts';
import { relativePeriods, withinPeriodSql } from './relative-periods.ts';
import { reportContext, statementTimeoutSeconds } from './report-context.ts';
import { isStatementTimeout, ReportTimeoutError } from './report-errors.ts';

export type Row = Record<string, unknown>;
export type Fragment = { sql: string; params: unknown[] };

export const numeric = new Set(['number', 'money']);
export const ordered = new Set(['number', 'money', 'time', 'date']);
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export interface ResultColumn {
  key: string;
  kind: 'dimension' | 'measure';
  field?: string;
  title: string;
  type: string;
  grain?: string;
  op?: string;
  over?: string;
  labels?: Readonly<Record<string, string>>;
}

const quoted = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** The SQL of a field's value, typed: every identifier comes from the dataset and the entity's metadata. */
export function valueSql(req: FastifyRequest, dataset: Dataset, field: DatasetField): string {
  const properties = req.em.getMetadata().get(dataset.entity).properties as Record<string, { fieldNames: string[] }>;
  const column = properties[field.property]?.fieldNames[0];
  if (!column) throw new TypeError(`${dataset.key}: no column for ${field.property}`);
  if (!field.member) return quoted(column);
  if (!safeMember.test(field.member)) throw new TypeError(`${dataset.key}: unsafe member ${field.member}`);
  const json = `${quoted(column)} -> '${field.member}'`;
  const text = `${quoted(column)} ->> '${field.member}'`;
  const typed = typedMemberSql(field.type, json, text);
  if (!field.versions) return typed;
  const versionColumn = properties['version']?.fieldNames[0];
  if (!versionColumn) throw new TypeError(`${dataset.key}: no version column`);
  // versions are integers from the database, safe as literals; no version matching means no value
  const versions = field.versions.filter((version) => Number.isSafeInteger(version));
  return versions.length === 0 ? `(NULL::${sqlTypeOf[field.type]})` : `(CASE WHEN ${quoted(versionColumn)} IN (${versions.join(', ')}) THEN ${typed} END)`;
}

const sqlTypeOf: Record<DatasetField['type'], string> = {
  number: 'numeric',
  money: 'numeric',
  boolean: 'boolean',
  time: 'timestamptz',
  date: 'date',
  string: 'text',
  option: 'text',
};

/** A JSON member as the SQL type of the field; a value of another JSON type counts as none. */
function typedMemberSql(type: DatasetField['type'], json: string, text: string): string {
  switch (type) {
    case 'number':
    case 'money':
      return `(CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${text})::numeric END)`;
    case 'boolean':
      return `(CASE WHEN jsonb_typeof(${json}) = 'boolean' THEN (${text})::boolean END)`;
    case 'time':
      return `(CASE WHEN jsonb_typeof(${json}) = 'string' THEN (${text})::timestamptz END)`;
    case 'date':
      return `(CASE WHEN jsonb_typeof(${json}) = 'string' THEN (${text})::date END)`;
    default:
      return `(${text})`;
  }
}

/** A filter value checked against the field's type, or undefined when it cannot be one. */
function typedValue(field: DatasetField, value: unknown): unknown {
  if (numeric.has(field.type)) return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  if (field.type === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (field.type === 'date') return typeof value === 'string' && datePattern.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
  if (field.type === 'time') return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;
  return typeof value === 'string' ? value : undefined;
}

const castOf: Partial<Record<string, string>> = { time: '::timestamptz', date: '::date', number: '::numeric', money: '::numeric' };


/**
 * What compiling one query over a dataset keeps: the problems found so far (each with its pointer), the
 * fields used (for the field-rule check), and the company's time zone. Every identifier in the SQL it
 * helps build comes from the dataset and the entity's metadata; everything the reader sends is a parameter.
 */
export class QueryCompiler {
  readonly problems: FieldProblem[] = [];
  readonly used: { field: DatasetField; pointer: string }[] = [];
  readonly #byKey: Map<string, DatasetField>;

  readonly req: FastifyRequest;
  readonly dataset: Dataset;
  /** Where the query sits in the request, for the problems' pointers. */
  readonly base: string;
  readonly timeZone: string;
  /** 1: every relative period one period back, to compare with. */
  readonly periodShift: number;

  private constructor(req: FastifyRequest, dataset: Dataset, base: string, timeZone: string, periodShift: number) {
    this.req = req;
    this.dataset = dataset;
    this.base = base;
    this.timeZone = timeZone;
    this.periodShift = periodShift;
    this.#byKey = new Map(dataset.fields.map((field) => [field.key, field]));
  }

  /** Starts with the company's time zone, the statement time limit set (see report-context.ts). */
  static async start(req: FastifyRequest, dataset: Dataset, base: string, periodShift = 0): Promise<QueryCompiler> {
    const { timeZone } = await reportContext(req);
    return new QueryCompiler(req, dataset, base, timeZone, periodShift);
  }

  report(pointer: string, code: string, vars: Record<string, string> = {}): void {
    this.problems.push({ pointer, code, message: translate(this.req.locale, `reports.problem.${code}`, vars) });
  }

  fieldAt(key: string | undefined, pointer: string): DatasetField | undefined {
    const field = key === undefined ? undefined : this.#byKey.get(key);
    if (!field) this.report(pointer, 'unknown-field', { field: String(key) });
    else this.used.push({ field, pointer });
    return field;
  }

  value(field: DatasetField): string {
    return valueSql(this.req, this.dataset, field);
  }

  /** The filters as SQL conditions (problems under `<base>/filters/<i>`). */
  filters(filters: readonly DatasetFilter[]): Fragment[] {
    const conditions: Fragment[] = [];
    filters.forEach((filter, i) => {
      const at = `${this.base}/filters/${i}`;
      const field = this.fieldAt(filter.field, `${at}/field`);
      if (!field) return;
      if (filter.op === 'within') {
        const period = relativePeriods.find((candidate) => candidate === filter.value);
        if (field.type !== 'time' && field.type !== 'date') return this.report(`${at}/op`, 'operator-not-applicable', { field: field.title });
        if (!period) return this.report(`${at}/value`, 'unknown-period', { period: String(filter.value) });
        conditions.push(withinPeriodSql(this.value(field), field.type, period, this.req.server.clock.now(), this.timeZone, this.periodShift));
        return;
      }
      const values = filter.op === 'in' ? (Array.isArray(filter.value) ? filter.value : [filter.value]) : [filter.value];
      const typed = values.map((value) => typedValue(field, value));
      if (typed.some((value) => value === undefined) || (filter.op !== 'in' && Array.isArray(filter.value))) {
        return this.report(`${at}/value`, 'invalid-value', { field: field.title });
      }
      if ((filter.op === 'gte' || filter.op === 'lte') && !ordered.has(field.type)) return this.report(`${at}/op`, 'operator-not-applicable', { field: field.title });
      const value = this.value(field);
      const cast = castOf[field.type] ?? '';
      const sql =
        filter.op === 'in'
          ? `${value} IN (${typed.map(() => `?${cast}`).join(', ')})`
          : `${value} ${{ eq: '=', ne: 'IS DISTINCT FROM', gte: '>=', lte: '<=' }[filter.op]} ?${cast}`;
      conditions.push({ sql, params: typed });
    });
    return conditions;
  }

  /** Refuses the query with every problem found (400), or any used field a field rule hides on some rows (403). */
  assertUsable(): void {
    if (this.problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: this.problems });
    const readable = this.readableFields();
    for (const { field, pointer } of this.used) {
      if (!readable(field)) {
        const { subject } = this.dataset;
        throw new FieldForbiddenError({ field: field.title, subject, action: 'read' }, { fieldProblems: [{ pointer, code: 'field-forbidden', message: field.title }] });
      }
    }
  }

  /** Whether the reader may read a field on every row they may see (a total or a column could reveal it otherwise). */
  readableFields(): (field: DatasetField) => boolean {
    const access = accessOf(this.req);
    const { subject } = this.dataset;
    const declared = new Set(this.req.server.subjects.fieldKeys(subject));
    const uniform = access.uniformFields('read', subject);
    return (field) => (declared.has(field.ruleField) ? uniform.has(field.ruleField) : access.fieldIsUniform('read', subject, field.ruleField));
  }

  /**
   * Runs the statement `build` makes over the reader's rows (their data scope, the dataset's criteria and
   * `conditions`), built once per `shape` (everything else the statement is made of) and reused.
   */
  async run(conditions: readonly Fragment[], shape: unknown, build: (where: unknown) => Promise<CompiledReportSql>): Promise<Row[]> {
    const scope = accessOf(this.req).rowCondition('read', this.dataset.subject);
    const scopeAndCriteria = [scope, this.dataset.where ?? {}];
    const where = [...scopeAndCriteria, ...conditions.map((condition) => ({ [raw(condition.sql, condition.params)]: [] }))].filter(
      (part) => Object.keys(part).length > 0 || Object.getOwnPropertySymbols(part).length > 0,
    );
    const combined = where.length === 0 ? {} : where.length === 1 ? where[0] : { $and: where };
    const key = holdsRawFragments(scopeAndCriteria)
      ? undefined
      : JSON.stringify([this.dataset.key, this.req.principal?.tenantId, conditions, scopeAndCriteria, shape]);
    const statement = await compiledReportSql(this.req.em, key, () => build(combined));
    try {
      return await this.req.em.execute<Row[]>(statement.sql, statement.params);
    } catch (error) {
      if (isStatementTimeout(error)) throw new ReportTimeoutError({ seconds: statementTimeoutSeconds });
      throw error;
    }
  }
}

/** A cell as JSON carries it: numbers as numbers (counts and sums arrive as text from PostgreSQL). */
export function plainCell(value: unknown, column: ResultColumn): unknown {
  if (value === null || value === undefined) return null;
  if ((column.type === 'number' || column.type === 'money' || column.type === 'ratio') && typeof value === 'string') return Number(value);
  // a time measure (min, max) as an ISO instant; a time dimension is already its bucket's day
  if (column.type === 'time' && column.kind === 'measure' && (typeof value === 'string' || value instanceof Date)) return new Date(value).toISOString();
  if (value instanceof Date) return column.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}
