import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listOperatorListings, type OperatorListingView } from '../api/operator-market-api.ts';

/**
 * Every served module with its plans and the operator's settings; also names modules in the reader's
 * language (`titleOf`) for pages whose rows only carry the module's name.
 */
export function useOperatorListings({ quiet = false }: { quiet?: boolean } = {}) {
  const { locale } = useI18n();
  const showProblem = useShowProblem();
  const [listings, setListings] = useState<OperatorListingView[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listOperatorListings()
      .then((answer) => {
        if (request === latest.current) setListings(answer.items);
      })
      .catch((error: unknown) => {
        if (request === latest.current && !quiet) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [quiet, showProblem]);

  useEffect(reload, [reload]);

  const titleOf = useCallback(
    (plugin: string) => listings?.find((listing) => listing.plugin === plugin)?.title[locale] ?? plugin,
    [listings, locale],
  );
  const planTitleOf = useCallback(
    (plugin: string, plan: string) =>
      listings?.find((listing) => listing.plugin === plugin)?.plans.find((item) => item.key === plan)?.title[locale] ?? plan,
    [listings, locale],
  );
  const moduleOptions = useMemo(
    () => (listings ?? []).map((listing) => ({ value: listing.plugin, label: listing.title[locale] })),
    [listings, locale],
  );
  return { listings, loading, reload, setListings, titleOf, planTitleOf, moduleOptions };
}
