import { useCallback, useState } from 'react';

/** Hidden columns of one list, remembered per list in this browser. */
export function useColumnVisibility(listKey: string): [string[], (hidden: string[]) => void] {
  const storageKey = `tessera.columns.${listKey}`;
  const [hidden, setHiddenState] = useState<string[]>(() => {
    try {
      const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? '[]');
      return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  });
  const setHidden = useCallback(
    (next: string[]) => {
      setHiddenState(next);
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage may be refused; the choice then lasts until reload.
      }
    },
    [storageKey],
  );
  return [hidden, setHidden];
}
