import { useCallback, useEffect, useRef, useState } from 'react';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { fetchForm, fetchFormVersion, type FormVersionView, type FormView } from '../forms-api.ts';
import { runPageLoad } from '../run-page-load.ts';

export type LatestLoad =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'failed' }
  | { state: 'ready'; form: FormView; latest: FormVersionView | undefined };

/**
 * The form with its latest published version (its fields make the table's columns), and each other
 * version on demand, fetched once: a submission is shown with the schema it was made against.
 */
export function useFormVersions(formId: string) {
  const { locale } = useI18n();
  const showProblem = useShowProblem();
  const [load, setLoad] = useState<LatestLoad>({ state: 'loading' });
  const cache = useRef(new Map<string, Promise<FormVersionView>>());

  const versionOf = useCallback(
    (version: number): Promise<FormVersionView> => {
      const key = `${locale}:${version}`;
      let found = cache.current.get(key);
      if (!found) {
        found = fetchFormVersion(formId, version);
        found.catch(() => cache.current.delete(key));
        cache.current.set(key, found);
      }
      return found;
    },
    [formId, locale],
  );

  useEffect(() => {
    const run = async () => {
      const form = await fetchForm(formId);
      const latest = form.latestVersion === null ? undefined : await versionOf(form.latestVersion);
      return { form, latest };
    };
    return runPageLoad(run, ({ form, latest }) => setLoad({ state: 'ready', form, latest }), setLoad, showProblem);
  }, [formId, versionOf, showProblem]);

  return { load, versionOf };
}
