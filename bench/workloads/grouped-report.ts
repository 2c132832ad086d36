import { requestJson } from '../lib/http.ts';
import type { Workload } from '../lib/workload.ts';

/** Month × status, count + sum, over the announcements module's dataset: the report engine's whole path. */
const query = {
  dimensions: [{ field: 'publishedAt', grain: 'month' }, { field: 'status' }],
  measures: [{ op: 'count' }, { op: 'sum', field: 'recipientCount' }],
  limit: 1000,
};

function resultRows(value: unknown): unknown[][] {
  if (typeof value !== 'object' || value === null || !('rows' in value) || !Array.isArray(value.rows)) {
    throw new Error('response is not a report result { columns, rows, truncated }');
  }
  const rows = value.rows as unknown[];
  if (!rows.every((row) => Array.isArray(row) && row.length === 4)) throw new Error('a result row is not [month, status, count, sum]');
  return rows as unknown[][];
}

/** Workload 3: a grouped report for one company at a time, compiled from its definition and run under RLS. */
export const groupedReport: Workload = {
  id: 'grouped-report',
  title: 'Grouped report (month × status, count + sum)',
  path: '/api/datasets/announcements.announcements/query',
  method: 'POST',
  jsonBody: JSON.stringify(query),
  targetRatio: 0.9,
  tokenOf: (tenant) => tenant.token,
  async verify(baseUrl, tenant) {
    const response = await requestJson('POST', `${baseUrl}${this.path}`, {
      body: query,
      headers: { authorization: `Bearer ${this.tokenOf(tenant)}` },
      expected: 200,
    });
    const rows = resultRows(response.body);
    const where = `${baseUrl} tenant ${tenant.index}`;
    const total = rows.reduce((sum, row) => sum + Number(row[2]), 0);
    if (total !== tenant.announcements) throw new Error(`${where}: the groups count ${total} announcements, seeded ${tenant.announcements}`);
    if (rows.length < 2) throw new Error(`${where}: ${rows.length} groups`);
    return JSON.stringify(rows);
  },
};
