import type { DatasetFilter } from '@tessera/schemas/dataset';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { type ReportRecords, fetchReportRecords } from '../reports-api.ts';

export type RecordsState =
  | { status: 'loading'; records?: ReportRecords }
  | { status: 'ready'; records: ReportRecords }
  | { status: 'failed'; error: ApiError | undefined; records?: ReportRecords };

export interface Paging {
  page: number;
  pageSize: number;
}

export const recordPageSizes = [20, 50, 100];

/**
 * The records behind a report under some filters, a page at a time: the last page stays on screen while
 * the next loads, only the newest answer counts, and a failure can be tried again.
 */
export function useReportRecords(reportId: string, filters: readonly DatasetFilter[]) {
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RecordsState>({ status: 'loading' });
  const key = JSON.stringify(filters);

  useEffect(() => {
    let current = true;
    const given = JSON.parse(key) as DatasetFilter[];
    setState((last) => ({ status: 'loading', records: last.records }));
    fetchReportRecords(reportId, { ...(given.length > 0 ? { filters: given } : {}), page: paging.page, pageSize: paging.pageSize })
      .then((records) => {
        if (current) setState({ status: 'ready', records });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState((last) => ({ status: 'failed', error: error instanceof ApiError ? error : undefined, records: last.records }));
      });
    return () => {
      current = false;
    };
  }, [reportId, key, paging, attempt]);

  return { state, paging, setPaging, retry: () => setAttempt((count) => count + 1) };
}
