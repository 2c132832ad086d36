import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ListQuery } from '../api/list-result.ts';

export const pageSizeOptions = [20, 50, 100];

export type ListParamPatch = Record<string, string | number | undefined>;

function listKey(searchParams: URLSearchParams, filterKeys: readonly string[]): string {
  const relevant = new URLSearchParams();
  for (const key of ['page', 'pageSize', 'sort', ...filterKeys]) {
    const value = searchParams.get(key);
    if (value) relevant.set(key, value);
  }
  return relevant.toString();
}

function toListQuery(key: string, filterKeys: readonly string[]): ListQuery {
  const params = new URLSearchParams(key);
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const query: ListQuery = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: pageSizeOptions.includes(pageSize) ? pageSize : 20,
  };
  const sort = params.get('sort');
  if (sort) query.sort = sort;
  for (const filter of filterKeys) {
    const value = params.get(filter);
    if (value) query[filter] = value;
  }
  return query;
}

/**
 * A list's page, size, sort and filters live in the URL, so a list can be bookmarked and shared
 * (UI.md, "List page"). Changing anything but the page goes back to page 1. The query object only
 * changes when one of the list's own parameters does, so other URL state does not reload the list.
 */
export function useListParams(filterKeys: readonly string[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = listKey(searchParams, filterKeys);
  const query = useMemo(() => toListQuery(key, filterKeys), [key, filterKeys]);

  const update = useCallback(
    (patch: ListParamPatch) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(patch)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  return { query, update };
}
