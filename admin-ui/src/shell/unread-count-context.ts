import { createContext, useContext } from 'react';

export interface UnreadCount {
  count: number;
  refresh: () => void;
}

export const UnreadCountContext = createContext<UnreadCount>({ count: 0, refresh: () => {} });

export function useUnreadCount(): UnreadCount {
  return useContext(UnreadCountContext);
}
