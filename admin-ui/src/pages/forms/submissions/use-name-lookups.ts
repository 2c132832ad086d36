import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { useDepartments } from '../../../access/use-departments.ts';
import { listUsers } from '../../../api/users-api.ts';

/** Members are read a page of 100 at a time, up to this many pages: more than a company we serve has. */
const memberPages = 10;
const memberPageSize = 100;

/**
 * Names for the ids a submission holds (its submitter, member and department fields), for readers who
 * may see members and departments; others see the ids.
 */
export function useNameLookups() {
  const ability = useAbility();
  const mayReadMembers = ability.can('read', 'Member');
  const { departments } = useDepartments({ enabled: ability.can('read', 'Department'), quiet: true });
  const [members, setMembers] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    if (!mayReadMembers) return;
    let isCurrent = true;
    const load = async () => {
      const names = new Map<string, string>();
      for (let page = 1; page <= memberPages; page++) {
        const found = await listUsers({ page, pageSize: memberPageSize });
        for (const member of found.items) names.set(member.id, member.displayName);
        if (page * memberPageSize >= found.total) break;
      }
      return names;
    };
    load().then(
      (names) => isCurrent && setMembers(names),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [mayReadMembers]);

  const departmentNames = useMemo(() => new Map((departments ?? []).map((department) => [department.id, department.name])), [departments]);
  const memberName = useCallback((id: string) => members.get(id), [members]);
  const departmentName = useCallback((id: string) => departmentNames.get(id), [departmentNames]);
  return { memberName, departmentName };
}
