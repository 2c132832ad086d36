import { ApiError } from '../../api/api-error.ts';

export type LoadFailure = { state: 'not-found' } | { state: 'failed' };

/**
 * Runs a page's load inside an effect: its result, or `not-found` (404, or 400 for an id that cannot be
 * one) or `failed` with the problem shown, unless the effect was cleaned up first. Returns the cleanup.
 */
export function runPageLoad<T>(
  load: () => Promise<T>,
  onLoaded: (value: T) => void,
  onFailed: (failure: LoadFailure) => void,
  showProblem: (error: unknown) => void,
): () => void {
  let isCurrent = true;
  load().then(
    (value) => {
      if (isCurrent) onLoaded(value);
    },
    (error: unknown) => {
      if (!isCurrent) return;
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return onFailed({ state: 'not-found' });
      showProblem(error);
      onFailed({ state: 'failed' });
    },
  );
  return () => {
    isCurrent = false;
  };
}
