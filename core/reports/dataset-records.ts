import { raw } from '@mikro-orm/core';
import type { DatasetFilter } from '@tessera/schemas/dataset';
import type { FastifyRequest } from 'fastify';
import type { Dataset } from './dataset.ts';
import { plainCell, QueryCompiler, type ResultColumn } from './query-compiler.ts';

export interface RecordsPage {
  page: number;
  pageSize: number;
}

/**
 * The rows behind a report's number (drilling down to the underlying records): every field of the
 * dataset the reader may read on all their rows, newest first by the first time field, a page at a time,
 * under their data scope and the given filters (checked like a report's).
 */
export async function datasetRecords(req: FastifyRequest, dataset: Dataset, filters: readonly DatasetFilter[], { page, pageSize }: RecordsPage, at = '/body') {
  const compiler = await QueryCompiler.start(req, dataset, at);
  const conditions = compiler.filters(filters);
  compiler.assertUsable();
  const readable = compiler.readableFields();
  const fields = dataset.fields.filter(readable);
  const columns: ResultColumn[] = fields.map((field) => ({
    key: `c${fields.indexOf(field)}`,
    kind: 'dimension',
    field: field.key,
    title: field.title,
    type: field.type,
    ...(field.labels ? { labels: field.labels } : {}),
  }));
  const newest = fields.findIndex((field) => field.type === 'time' || field.type === 'date');
  const selects = fields.map((field, i) => `${compiler.value(field)} as "c${i}"`);
  const offset = (page - 1) * pageSize;
  const found = await compiler.run(conditions, ['records', selects, newest, pageSize, offset], async (where) => {
    const qb = req.em
      .createQueryBuilder(dataset.entity)
      .select([...selects.map((select) => raw(select)), raw('count(*) over () as "total"')] as never)
      .where(where as never)
      .orderBy([...(newest >= 0 ? [{ [raw(String(newest + 1))]: 'desc nulls last' }] : []), { id: 'desc' }] as never)
      .limit(pageSize)
      .offset(offset);
    await qb.applyFilters();
    const { sql, params } = qb.toQuery();
    return { sql, params: [...params] };
  });
  return {
    columns,
    rows: found.map((row) => columns.map((column, i) => plainCell(row[`c${i}`], column))),
    total: Number(found[0]?.['total'] ?? 0),
    page,
    pageSize,
  };
}
