import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type CustomFieldView,
  type CustomizableResource,
  listCustomFields,
  listCustomizableResources,
} from '../../../api/custom-fields-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';

/**
 * Loads with `fetch` now and on `reload()`; only the newest answer is kept. `undefined` while the first
 * answer is on its way (or after a failure, which is shown as a problem).
 */
function useLoaded<T>(fetch: () => Promise<T>): { data: T | undefined; reload: () => void } {
  const showProblem = useShowProblem();
  const [data, setData] = useState<T | undefined>(undefined);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    fetch()
      .then((answer) => {
        if (request === latest.current) setData(answer);
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      });
  }, [fetch, showProblem]);
  useEffect(reload, [reload]);
  return { data, reload };
}

/** The record types custom fields can be added to, with their field counts. */
export function useCustomizableResources() {
  const { data, reload } = useLoaded<CustomizableResource[]>(listCustomizableResources);
  return { resources: data, reload };
}

/** One record type's fields in their order; `undefined` while loading, also right after another type was picked. */
export function useCustomFields(resource: string | undefined) {
  const fetch = useCallback(
    () => (resource ? listCustomFields(resource).then((items) => ({ resource, items })) : Promise.resolve(undefined)),
    [resource],
  );
  const { data, reload } = useLoaded(fetch);
  const fields: CustomFieldView[] | undefined = data && data.resource === resource ? data.items : undefined;
  return { fields, reload };
}
