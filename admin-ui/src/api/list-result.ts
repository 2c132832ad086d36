import type { QueryValue } from './api-request.ts';

/** The list shape every paged route answers with (docs/api.md, "Lists"). */
export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `sort` is a key with `-` for descending, e.g. `-createdAt`. */
export interface ListQuery {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
  [filter: string]: QueryValue;
}
