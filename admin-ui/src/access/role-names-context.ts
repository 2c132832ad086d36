import { createContext, useContext } from 'react';
import type { RoleView } from '../api/roles-api.ts';

export interface RoleNames {
  /** The tenant's roles, when the user may read them; `undefined` otherwise or while loading. */
  roles: RoleView[] | undefined;
  /** A role key as people read it (see roleLabel). */
  nameOf: (key: string) => string;
  reload: () => void;
}

export const RoleNamesContext = createContext<RoleNames | null>(null);

export function useRoleNames(): RoleNames {
  const names = useContext(RoleNamesContext);
  if (!names) throw new Error('useRoleNames must be used inside RoleNamesProvider');
  return names;
}
