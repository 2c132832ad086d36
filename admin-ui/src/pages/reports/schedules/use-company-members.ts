import { useEffect, useMemo, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { listUsers, type MemberView } from '../../../api/users-api.ts';

/** Members are read a page of 100 at a time, up to this many pages: more than a company we serve has. */
const memberPages = 10;
const memberPageSize = 100;

export interface MemberChoice {
  value: string;
  label: string;
  /** Name, e-mail and mobile, for finding a member by any of them. */
  search: string;
}

function choiceOf(member: MemberView): MemberChoice {
  const contact = member.email ?? member.mobile;
  return {
    value: member.id,
    label: contact ? `${member.displayName} (${contact})` : member.displayName,
    search: [member.displayName, member.email, member.mobile].filter(Boolean).join(' ').toLowerCase(),
  };
}

/**
 * The company's members (GET /api/users) as recipient choices and names, read once: the list names
 * the recipients of every schedule and the form picks them. Readers who may not see members get none
 * (the list then shows a placeholder, the picker is empty).
 */
export function useCompanyMembers() {
  const mayReadMembers = useAbility().can('read', 'Member');
  const [members, setMembers] = useState<MemberView[] | undefined>(mayReadMembers ? undefined : []);

  useEffect(() => {
    if (!mayReadMembers) return;
    let isCurrent = true;
    const load = async () => {
      const found: MemberView[] = [];
      for (let page = 1; page <= memberPages; page++) {
        const batch = await listUsers({ page, pageSize: memberPageSize });
        found.push(...batch.items);
        if (page * memberPageSize >= batch.total) break;
      }
      return found;
    };
    load().then(
      (found) => isCurrent && setMembers(found),
      // without the members the schedules still show and save; names fall back to a placeholder
      () => isCurrent && setMembers([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [mayReadMembers]);

  return useMemo(() => {
    const names = new Map((members ?? []).map((member) => [member.id, member.displayName]));
    return {
      isLoading: members === undefined,
      choices: (members ?? []).map(choiceOf),
      memberName: (id: string) => names.get(id),
    };
  }, [members]);
}
