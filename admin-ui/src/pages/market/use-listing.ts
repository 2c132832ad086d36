import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { fetchListing, type MarketListingDetail } from '../../api/market-api.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';

/** One listing; `null` when the server answers 404 (unknown or hidden module). */
export function useListing(plugin: string) {
  const showProblem = useShowProblem();
  const [listing, setListing] = useState<{ detail: MarketListingDetail; loadedAt: Date } | null | undefined>(undefined);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latest.current;
    fetchListing(plugin)
      .then((detail) => {
        if (request === latest.current) setListing({ detail, loadedAt: new Date() });
      })
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof ApiError && error.status === 404) setListing(null);
        else showProblem(error);
      });
  }, [plugin, showProblem]);

  useEffect(reload, [reload]);
  return { listing, reload };
}
