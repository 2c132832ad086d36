import { raw } from '@mikro-orm/core';
import type { DatasetQuery } from '@tessera/schemas/dataset';
import type { FastifyRequest } from 'fastify';
import { FieldForbiddenError } from '../access/access-errors.ts';
import { accessOf } from '../access/scoped/access-of.ts';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { FieldProblem } from '../http/domain-error.ts';
import { translate } from '../i18n/translate.ts';
import { relativePeriods, withinPeriodSql } from './relative-periods.ts';
import { isStatementTimeout, ReportTimeoutError } from './report-errors.ts';
import { type Dataset, type DatasetField, safeMember } from './dataset.ts';

type Row = Record<string, unknown>;
type Fragment = { sql: string; params: unknown[] };

/** A query runs at most this many seconds; then PostgreSQL cancels it. */
const statementTimeoutSeconds = 15;
const numeric = new Set(['number', 'money']);
const ordered = new Set(['number', 'money', 'time', 'date']);
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export interface ResultColumn {
  key: string;
  kind: 'dimension' | 'measure';
  field?: string;
  title: string;
  type: string;
  grain?: string;
  op?: string;
  labels?: Readonly<Record<string, string>>;
}

const quoted = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** The SQL of a field's value, typed: every identifier comes from the dataset and the entity's metadata. */
function valueSql(req: FastifyRequest, dataset: Dataset, field: DatasetField): string {
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
 * Runs a report query over a dataset: compiled to parameterized SQL from whitelisted parts (the dataset's
 * fields, fixed operators, grains and aggregates; the reader's values only as parameters), in the
 * request's RLS transaction with the reader's data scope, using only fields readable on every row they
 * may see. Time buckets are in the company's time zone. Bad input is a 400 naming where it is.
 */
export async function runDatasetQuery(
  req: FastifyRequest,
  dataset: Dataset,
  query: DatasetQuery,
  /** Where the query sits in the request, for the problems' pointers. */
  at = '/body',
): Promise<{ columns: ResultColumn[]; rows: unknown[][]; truncated: boolean }> {
  const base = at;
  const problems: FieldProblem[] = [];
  const report = (pointer: string, code: string, vars: Record<string, string> = {}) =>
    problems.push({ pointer, code, message: translate(req.locale, `reports.problem.${code}`, vars) });
  const byKey = new Map(dataset.fields.map((field) => [field.key, field]));
  const used: { field: DatasetField; pointer: string }[] = [];
  const fieldAt = (key: string | undefined, pointer: string): DatasetField | undefined => {
    const field = key === undefined ? undefined : byKey.get(key);
    if (!field) report(pointer, 'unknown-field', { field: String(key) });
    else used.push({ field, pointer });
    return field;
  };

  const [zone] = await req.em.execute<{ time_zone: string }[]>('SELECT time_zone FROM tenants WHERE id = ?', [req.principal?.tenantId]);
  const timeZone = zone?.time_zone ?? 'Asia/Shanghai';
  const columns: ResultColumn[] = [];
  const selects: Fragment[] = [];

  (query.dimensions ?? []).forEach((dimension, i) => {
    const at = `${base}/dimensions/${i}`;
    const field = fieldAt(dimension.field, `${at}/field`);
    if (!field) return;
    const value = valueSql(req, dataset, field);
    const timed = field.type === 'time' || field.type === 'date';
    if (dimension.grain && !timed) return report(`${at}/grain`, 'grain-not-applicable', { field: field.title });
    const grain = timed ? (dimension.grain ?? 'day') : undefined;
    const bucket =
      field.type === 'time'
        ? { sql: `to_char(date_trunc(?, ${value} AT TIME ZONE ?), 'YYYY-MM-DD')`, params: [grain, timeZone] }
        : field.type === 'date'
          ? { sql: `to_char(date_trunc(?, ${value}::timestamp), 'YYYY-MM-DD')`, params: [grain] }
          : { sql: value, params: [] };
    selects.push(bucket);
    columns.push({
      key: `d${i}`,
      kind: 'dimension',
      field: field.key,
      title: field.title,
      type: field.type,
      ...(grain ? { grain } : {}),
      ...(field.labels ? { labels: field.labels } : {}),
    });
  });

  query.measures.forEach((measure, i) => {
    const at = `${base}/measures/${i}`;
    const title = translate(req.locale, `reports.measure.${measure.op}`);
    if (measure.op === 'count' && measure.field === undefined) {
      selects.push({ sql: 'count(*)', params: [] });
      columns.push({ key: `m${i}`, kind: 'measure', op: 'count', title, type: 'number' });
      return;
    }
    const field = fieldAt(measure.field, `${at}/field`);
    if (!field) return;
    const value = valueSql(req, dataset, field);
    const fits =
      measure.op === 'count' || measure.op === 'count-distinct'
        ? true
        : measure.op === 'min' || measure.op === 'max'
          ? ordered.has(field.type)
          : numeric.has(field.type);
    if (!fits) return report(`${at}/op`, 'measure-not-applicable', { field: field.title, op: title });
    const sql =
      measure.op === 'count' ? `count(${value})` : measure.op === 'count-distinct' ? `count(DISTINCT ${value})` : `${measure.op}(${value})`;
    selects.push({ sql, params: [] });
    const type = measure.op.startsWith('count') ? 'number' : measure.op === 'avg' && field.type === 'number' ? 'number' : field.type;
    columns.push({ key: `m${i}`, kind: 'measure', op: measure.op, field: field.key, title: `${title} · ${field.title}`, type });
  });

  const conditions: Fragment[] = [];
  (query.filters ?? []).forEach((filter, i) => {
    const at = `${base}/filters/${i}`;
    const field = fieldAt(filter.field, `${at}/field`);
    if (!field) return;
    if (filter.op === 'within') {
      const period = relativePeriods.find((candidate) => candidate === filter.value);
      if (field.type !== 'time' && field.type !== 'date') return report(`${at}/op`, 'operator-not-applicable', { field: field.title });
      if (!period) return report(`${at}/value`, 'unknown-period', { period: String(filter.value) });
      conditions.push(withinPeriodSql(valueSql(req, dataset, field), field.type, period, req.server.clock.now(), timeZone));
      return;
    }
    const values = filter.op === 'in' ? (Array.isArray(filter.value) ? filter.value : [filter.value]) : [filter.value];
    const typed = values.map((value) => typedValue(field, value));
    if (typed.some((value) => value === undefined) || (filter.op !== 'in' && Array.isArray(filter.value))) {
      return report(`${at}/value`, 'invalid-value', { field: field.title });
    }
    if ((filter.op === 'gte' || filter.op === 'lte') && !ordered.has(field.type)) return report(`${at}/op`, 'operator-not-applicable', { field: field.title });
    const value = valueSql(req, dataset, field);
    const cast = castOf[field.type] ?? '';
    const sql =
      filter.op === 'in'
        ? `${value} IN (${typed.map(() => `?${cast}`).join(', ')})`
        : `${value} ${{ eq: '=', ne: 'IS DISTINCT FROM', gte: '>=', lte: '<=' }[filter.op]} ?${cast}`;
    conditions.push({ sql, params: typed });
  });

  const sorts = (query.sort ?? []).flatMap((sort, i) => {
    const index = columns.findIndex((column) => column.key === sort.column);
    if (index < 0) {
      report(`${base}/sort/${i}/column`, 'unknown-column', { column: sort.column });
      return [];
    }
    return [{ position: index + 1, direction: sort.direction ?? 'asc' }];
  });
  if (problems.length > 0) throw new ValidationFailedError({}, { fieldProblems: problems });

  const access = accessOf(req);
  const declared = new Set(req.server.subjects.fieldKeys(dataset.subject));
  const uniform = access.uniformFields('read', dataset.subject);
  for (const { field, pointer } of used) {
    const readable = declared.has(field.ruleField) ? uniform.has(field.ruleField) : access.fieldIsUniform('read', dataset.subject, field.ruleField);
    if (!readable) {
      throw new FieldForbiddenError(
        { field: field.title, subject: dataset.subject, action: 'read' },
        { fieldProblems: [{ pointer, code: 'field-forbidden', message: field.title }] },
      );
    }
  }

  const scope = access.rowCondition('read', dataset.subject);
  const where = [scope, dataset.where ?? {}, ...conditions.map((condition) => ({ [raw(condition.sql, condition.params)]: [] }))].filter(
    (part) => Object.keys(part).length > 0 || Object.getOwnPropertySymbols(part).length > 0,
  );
  const dimensionCount = columns.filter((column) => column.kind === 'dimension').length;
  const limit = query.limit ?? 1000;
  const qb = req.em
    .createQueryBuilder(dataset.entity)
    .select(selects.map((select, i) => raw(`${select.sql} as "c${i}"`, select.params)) as never)
    .where((where.length === 0 ? {} : where.length === 1 ? where[0] : { $and: where }) as never)
    .limit(limit + 1);
  if (dimensionCount > 0) qb.groupBy(raw(columns.slice(0, dimensionCount).map((_, i) => String(i + 1)).join(', ')) as never);
  // by result position: a grouped expression with parameters cannot be repeated in ORDER BY
  const order = sorts.length > 0 ? sorts : columns.slice(0, dimensionCount).map((_, i) => ({ position: i + 1, direction: 'asc' }));
  if (order.length > 0) qb.orderBy(order.map((part) => ({ [raw(String(part.position))]: `${part.direction} nulls last` })) as never);
  await qb.applyFilters();
  await req.em.execute(`SET LOCAL statement_timeout = '${statementTimeoutSeconds}s'`);
  let found: Row[];
  try {
    found = await qb.execute<Row[]>('all', false);
  } catch (error) {
    if (isStatementTimeout(error)) throw new ReportTimeoutError({ seconds: statementTimeoutSeconds });
    throw error;
  }
  const rows = found.slice(0, limit).map((row) => columns.map((column, i) => plainCell(row[`c${i}`], column)));
  return { columns, rows, truncated: found.length > limit };
}

/** A cell as JSON carries it: numbers as numbers (counts and sums arrive as text from PostgreSQL). */
function plainCell(value: unknown, column: ResultColumn): unknown {
  if (value === null || value === undefined) return null;
  if ((column.type === 'number' || column.type === 'money') && typeof value === 'string') return Number(value);
  // a time measure (min, max) as an ISO instant; a time dimension is already its bucket's day
  if (column.type === 'time' && column.kind === 'measure' && (typeof value === 'string' || value instanceof Date)) return new Date(value).toISOString();
  if (value instanceof Date) return column.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}
