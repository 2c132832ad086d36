import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One URL parameter as state, e.g. which drawer is open (`?invite=1`, `?role=<id>`), so a reload or a
 * shared link shows the same. `undefined` removes it; other parameters are kept.
 */
export function useSearchParam(name: string): [string | undefined, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (next: string | undefined) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === undefined) updated.delete(name);
        else updated.set(name, next);
        return updated;
      }),
    [name, setParams],
  );
  return [params.get(name) ?? undefined, set];
}
