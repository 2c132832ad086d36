import { raw } from '@mikro-orm/core';
import type { DatasetQuery } from '@tessera/schemas/dataset';
import type { FastifyRequest } from 'fastify';
import { translate } from '../i18n/translate.ts';
import type { Dataset } from './dataset.ts';
import { type Fragment, numeric, ordered, plainCell, QueryCompiler, type ResultColumn } from './query-compiler.ts';

export type { ResultColumn } from './query-compiler.ts';

/** The grouped columns and their SQL: dimensions (time ones as the bucket's first day) and measures. */
function groupedColumns(compiler: QueryCompiler, query: DatasetQuery): { columns: ResultColumn[]; selects: Fragment[] } {
  const { req, base, timeZone } = compiler;
  const columns: ResultColumn[] = [];
  const selects: Fragment[] = [];

  (query.dimensions ?? []).forEach((dimension, i) => {
    const at = `${base}/dimensions/${i}`;
    const field = compiler.fieldAt(dimension.field, `${at}/field`);
    if (!field) return;
    const value = compiler.value(field);
    const timed = field.type === 'time' || field.type === 'date';
    if (dimension.grain && !timed) return compiler.report(`${at}/grain`, 'grain-not-applicable', { field: field.title });
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

  /** sum(field) / sum(over), both numbers or money; no value where `over` sums to zero. */
  const ratioMeasure = (measure: { field?: string; over?: string }, at: string, title: string, i: number) => {
    const field = compiler.fieldAt(measure.field, `${at}/field`);
    const over = compiler.fieldAt(measure.over, `${at}/over`);
    if (!field || !over) return;
    if (!numeric.has(field.type) || !numeric.has(over.type)) return compiler.report(`${at}/op`, 'measure-not-applicable', { field: field.title, op: title });
    selects.push({ sql: `(sum(${compiler.value(field)})::numeric / NULLIF(sum(${compiler.value(over)}), 0))`, params: [] });
    columns.push({ key: `m${i}`, kind: 'measure', op: 'ratio', field: field.key, over: over.key, title: `${field.title} / ${over.title}`, type: 'ratio' });
  };

  query.measures.forEach((measure, i) => {
    const at = `${base}/measures/${i}`;
    const title = translate(req.locale, `reports.measure.${measure.op}`);
    if (measure.op === 'count' && measure.field === undefined) {
      selects.push({ sql: 'count(*)', params: [] });
      columns.push({ key: `m${i}`, kind: 'measure', op: 'count', title, type: 'number' });
      return;
    }
    if (measure.op === 'ratio') return ratioMeasure(measure, at, title, i);
    const field = compiler.fieldAt(measure.field, `${at}/field`);
    if (!field) return;
    const value = compiler.value(field);
    const fits =
      measure.op === 'count' || measure.op === 'count-distinct'
        ? true
        : measure.op === 'min' || measure.op === 'max'
          ? ordered.has(field.type)
          : numeric.has(field.type);
    if (!fits) return compiler.report(`${at}/op`, 'measure-not-applicable', { field: field.title, op: title });
    const sql =
      measure.op === 'count' ? `count(${value})` : measure.op === 'count-distinct' ? `count(DISTINCT ${value})` : `${measure.op}(${value})`;
    selects.push({ sql, params: [] });
    const type = measure.op.startsWith('count') ? 'number' : measure.op === 'avg' && field.type === 'number' ? 'number' : field.type;
    columns.push({ key: `m${i}`, kind: 'measure', op: measure.op, field: field.key, title: `${title} · ${field.title}`, type });
  });
  return { columns, selects };
}

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
  /** 1: every relative period one period back (the previous month for this month), to compare with. */
  periodShift = 0,
): Promise<{ columns: ResultColumn[]; rows: unknown[][]; truncated: boolean }> {
  const compiler = await QueryCompiler.start(req, dataset, at, periodShift);
  const { columns, selects } = groupedColumns(compiler, query);
  const conditions = compiler.filters(query.filters ?? []);
  const sorts = (query.sort ?? []).flatMap((sort, i) => {
    const index = columns.findIndex((column) => column.key === sort.column);
    if (index < 0) {
      compiler.report(`${at}/sort/${i}/column`, 'unknown-column', { column: sort.column });
      return [];
    }
    return [{ position: index + 1, direction: sort.direction ?? 'asc' }];
  });
  compiler.assertUsable();

  const dimensionCount = columns.filter((column) => column.kind === 'dimension').length;
  const limit = query.limit ?? 1000;
  // by result position: a grouped expression with parameters cannot be repeated in ORDER BY
  const order = sorts.length > 0 ? sorts : columns.slice(0, dimensionCount).map((_, i) => ({ position: i + 1, direction: 'asc' }));
  const found = await compiler.run(conditions, [selects, dimensionCount, order, limit], async (where) => {
    const qb = req.em
      .createQueryBuilder(dataset.entity)
      .select(selects.map((select, i) => raw(`${select.sql} as "c${i}"`, select.params)) as never)
      .where(where as never)
      .limit(limit + 1);
    if (dimensionCount > 0) qb.groupBy(raw(columns.slice(0, dimensionCount).map((_, i) => String(i + 1)).join(', ')) as never);
    if (order.length > 0) qb.orderBy(order.map((part) => ({ [raw(String(part.position))]: `${part.direction} nulls last` })) as never);
    await qb.applyFilters();
    const { sql, params } = qb.toQuery();
    return { sql, params: [...params] };
  });
  const rows = found.slice(0, limit).map((row) => columns.map((column, i) => plainCell(row[`c${i}`], column)));
  return { columns, rows, truncated: found.length > limit };
}
