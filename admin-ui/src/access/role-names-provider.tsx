import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { listRoles, type RoleView } from '../api/roles-api.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { roleLabel } from './role-label.ts';
import { RoleNamesContext, type RoleNames } from './role-names-context.ts';
import { useSession } from '../session/use-session.ts';
import { useAbility } from './use-ability.ts';

/** The list answers up to 100 per page; more custom roles than that is not a company we serve. */
const rolePageSize = 100;

/**
 * Role names for the whole shell (tenant switcher, user menu, member tags, role pickers), read once per
 * tenant; the roles page reloads them after a change. Users who may not read roles see their own roles' names from the session and built-in names.
 */
export function RoleNamesProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const canReadRoles = useAbility().can('read', 'Role');
  const { roleNames } = useSession();
  const [roles, setRoles] = useState<RoleView[] | undefined>(undefined);

  const reload = useCallback(() => {
    if (!canReadRoles) return;
    listRoles({ page: 1, pageSize: rolePageSize, sort: 'name' })
      .then((page) => setRoles(page.items))
      .catch(() => {
        // Names are a nicety here: without them the keys and built-in names are shown.
      });
  }, [canReadRoles]);

  useEffect(reload, [reload]);

  const value = useMemo<RoleNames>(
    () => ({ roles, nameOf: (key) => roleLabel(key, roles, t, roleNames), reload }),
    [roles, t, reload, roleNames],
  );
  return <RoleNamesContext value={value}>{children}</RoleNamesContext>;
}
