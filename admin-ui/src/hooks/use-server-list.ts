import type { TablePaginationConfig, TableProps } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListQuery, ListResult } from '../api/list-result.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { pageSizeOptions, useListParams } from './use-list-params.ts';
import { useShowProblem } from './use-show-problem.tsx';

interface Options<T> {
  load: (query: ListQuery) => Promise<ListResult<T>>;
  filterKeys?: readonly string[];
  /** The server's default sort (its list query schema), shown on the column while the URL has none. */
  defaultSort?: string;
}

const noFilters: readonly string[] = [];

export type SortOrder = 'ascend' | 'descend' | null;
type Sorter<T> = Parameters<NonNullable<TableProps<T>['onChange']>>[2];

/** Server-side paging, sorting and filtering for an antd Table, with the state kept in the URL. */
export function useServerList<T extends { id: string }>({ load, filterKeys = noFilters, defaultSort }: Options<T>) {
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const { query, update } = useListParams(filterKeys);
  const [data, setData] = useState<ListResult<T> | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latestRequest = useRef(0);

  // Only the newest request may set the rows, so a slow answer never overwrites a newer one.
  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    setLoading(true);
    load(query)
      .then((result) => {
        if (request === latestRequest.current) setData(result);
      })
      .catch((error: unknown) => {
        if (request === latestRequest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latestRequest.current) setLoading(false);
      });
  }, [query, load, showProblem]);

  useEffect(reload, [reload]);

  // Removing the last row of the last page leaves an empty page: step back to one with rows.
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && query.page > 1) {
      update({ page: Math.max(1, Math.ceil(data.total / query.pageSize)) });
    }
  }, [data, query.page, query.pageSize, update]);

  const sortOrder = useCallback(
    (key: string): SortOrder => {
      const sort = query.sort ?? defaultSort;
      if (sort === key) return 'ascend';
      if (sort === `-${key}`) return 'descend';
      return null;
    },
    [query.sort, defaultSort],
  );

  const onChange = (pagination: TablePaginationConfig, _filters: unknown, sorter: Sorter<T>) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = single?.order ? String(single.columnKey ?? single.field ?? '') : '';
    const sort = key ? `${single?.order === 'descend' ? '-' : ''}${key}` : undefined;
    const pageSize = pagination.pageSize ?? query.pageSize;
    if (sort !== query.sort || pageSize !== query.pageSize) {
      update({ sort, pageSize });
    } else {
      update({ page: pagination.current ?? 1 });
    }
  };

  const tableProps: TableProps<T> = {
    rowKey: 'id',
    dataSource: data?.items ?? [],
    loading: loading && data !== undefined,
    onChange,
    pagination: {
      current: query.page,
      pageSize: query.pageSize,
      total: data?.total ?? 0,
      pageSizeOptions,
      showSizeChanger: true,
      showTotal: (total) => t('common.total', { total }),
    },
  };

  return { query, update, data, isFirstLoad: data === undefined, reload, sortOrder, tableProps };
}
