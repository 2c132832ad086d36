import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { fetchUnreadCount } from '../api/messages-api.ts';
import { UnreadCountContext } from './unread-count-context.ts';

const pollMs = 60_000;

/**
 * The bell's number: read on entry, every minute, when the tab regains focus and after reading.
 * The shell keys it by tenant, so switching tenant starts a fresh count.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);

  const refresh = useCallback(() => {
    fetchUnreadCount()
      .then((result) => setCount(result.count))
      .catch(() => {
        // A failed poll keeps the last number; the next poll or page action tries again.
      });
  }, []);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, pollMs);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);

  const value = useMemo(() => ({ count, refresh }), [count, refresh]);
  return <UnreadCountContext value={value}>{children}</UnreadCountContext>;
}
