/** `page`/`pageSize` (validated by the list's query schema) → SQL limit and offset. */
export function pageArgs(query: { page?: number; pageSize?: number }): { limit: number; offset: number; page: number } {
  const page = query.page ?? 1;
  const limit = query.pageSize ?? 20;
  return { limit, offset: (page - 1) * limit, page };
}

export function pageResult<T>(items: T[], total: number, args: { limit: number; page: number }) {
  return { items, total, page: args.page, pageSize: args.limit };
}

/** `-createdAt` → `{ createdAt: 'desc' }`; the key itself was checked by the query schema's enum. */
export function sortArg<K extends string>(sort: `${K}` | `-${K}`): { key: K; direction: 'asc' | 'desc' } {
  return sort.startsWith('-') ? { key: sort.slice(1) as K, direction: 'desc' } : { key: sort as K, direction: 'asc' };
}
