import { requestJson } from '../lib/http.ts';
import type { Workload } from '../lib/workload.ts';

const pageSize = 50;

interface ListItem {
  id: string;
  status: string;
  createdAt: string;
}

function listItems(value: unknown): { items: ListItem[]; total: unknown; page: unknown; pageSize: unknown } {
  if (typeof value !== 'object' || value === null || !('items' in value) || !Array.isArray(value.items)) {
    throw new Error('response is not a list { items, total, page, pageSize }');
  }
  const body = value as { items: unknown[]; total?: unknown; page?: unknown; pageSize?: unknown };
  const items = body.items.map((item): ListItem => {
    if (typeof item !== 'object' || item === null) throw new Error('list item is not an object');
    const { id, status, createdAt } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof status !== 'string' || typeof createdAt !== 'string') {
      throw new Error(`list item lacks id/status/createdAt strings: ${JSON.stringify(item).slice(0, 200)}`);
    }
    return { id, status, createdAt };
  });
  return { items, total: body.total, page: body.page, pageSize: body.pageSize };
}

/** Workload 1: the first page of a user's unread messages, newest first, across many tenants. */
export const tenantPage: Workload = {
  id: 'tenant-page',
  title: 'Tenant-scoped page (unread, 50 newest)',
  path: `/api/messages?status=unread&page=1&pageSize=${pageSize}&sort=-createdAt`,
  targetRatio: 0.7,
  tokenOf: (tenant) => tenant.token,
  async verify(baseUrl, tenant) {
    const response = await requestJson('GET', `${baseUrl}${this.path}`, {
      headers: { authorization: `Bearer ${this.tokenOf(tenant)}` },
      expected: 200,
    });
    const list = listItems(response.body);
    const where = `${baseUrl} tenant ${tenant.index}`;
    if (list.total !== tenant.unread)
      throw new Error(`${where}: total ${String(list.total)}, seeded ${tenant.unread} unread`);
    if (list.page !== 1 || list.pageSize !== pageSize)
      throw new Error(`${where}: page/pageSize ${String(list.page)}/${String(list.pageSize)}`);
    if (list.items.length !== Math.min(pageSize, tenant.unread))
      throw new Error(`${where}: ${list.items.length} items`);
    list.items.forEach((item, i) => {
      if (item.status !== 'unread') throw new Error(`${where}: item ${i} has status ${item.status}`);
      const previous = list.items[i - 1];
      if (previous && Date.parse(previous.createdAt) < Date.parse(item.createdAt)) {
        throw new Error(`${where}: items are not sorted by createdAt descending`);
      }
    });
    // Sorted, so rows that tie on createdAt may come in either order on the two servers.
    const rows = list.items.map((item) => `${Date.parse(item.createdAt)}/${item.id}`).sort();
    return `${list.total}:${rows.join(',')}`;
  },
};
