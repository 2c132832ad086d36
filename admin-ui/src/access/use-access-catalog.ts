import { useEffect, useState } from 'react';
import { type AccessCatalog, fetchAccessCatalog } from '../api/access-api.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';
import { useI18n } from '../i18n/use-i18n.ts';

export interface CatalogState {
  /** `undefined` while loading or when it could not be read. */
  catalog: AccessCatalog | undefined;
  isFailed: boolean;
}

/**
 * The access catalog in the UI language (the server titles it by Accept-Language), read again when the
 * language changes. `quiet` pages that only use it for nicer labels do not report a failure.
 */
export function useAccessCatalog({ quiet = false }: { quiet?: boolean } = {}): CatalogState {
  const { locale } = useI18n();
  const showProblem = useShowProblem();
  const [state, setState] = useState<CatalogState>({ catalog: undefined, isFailed: false });

  useEffect(() => {
    let isCurrent = true;
    fetchAccessCatalog().then(
      (catalog) => {
        if (isCurrent) setState({ catalog, isFailed: false });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setState({ catalog: undefined, isFailed: true });
        if (!quiet) showProblem(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [locale, quiet, showProblem]);

  return state;
}
