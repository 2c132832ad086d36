import { useCallback, useEffect, useRef, useState } from 'react';
import { type ListingQuery, listListings, type MarketListingView } from '../../api/market-api.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';

export interface LoadedListings {
  items: MarketListingView[];
  /** When the answer came: badges count days from it. */
  loadedAt: Date;
}

/**
 * The catalog with the company's state, for `query` (the whole catalog without one). Only the newest
 * request may set the list, so typing a search never shows an older answer last.
 */
export function useListings(query: ListingQuery) {
  const showProblem = useShowProblem();
  const [listings, setListings] = useState<LoadedListings | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const { category, search } = query;

  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listListings({ category, search })
      .then((answer) => {
        if (request === latest.current) setListings({ items: answer.items, loadedAt: new Date() });
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [category, search, showProblem]);

  useEffect(reload, [reload]);
  return { listings, loading, reload };
}
