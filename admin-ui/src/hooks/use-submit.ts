import { useCallback, useRef, useState } from 'react';

/** Runs one submit at a time: `submitting` drives the button's progress, a second press does nothing. */
export function useSubmit(): [boolean, (task: () => Promise<void>) => Promise<void>] {
  const isBusy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (isBusy.current) return;
    isBusy.current = true;
    setSubmitting(true);
    try {
      await task();
    } finally {
      isBusy.current = false;
      setSubmitting(false);
    }
  }, []);
  return [submitting, run];
}
