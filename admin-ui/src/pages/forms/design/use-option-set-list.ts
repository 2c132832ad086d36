import { useEffect, useState } from 'react';
import { listOptionSets, type OptionSetSummary } from '../../../api/option-sets-api.ts';

/** More sets than a company keeps; the picker searches within them. */
const setPageSize = 100;

/** The company's option sets for the property panel's picker; empty while loading or when they cannot be read. */
export function useOptionSetList(): { sets: OptionSetSummary[]; isLoading: boolean } {
  const [sets, setSets] = useState<OptionSetSummary[] | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    listOptionSets({ page: 1, pageSize: setPageSize, sort: 'key' }).then(
      (page) => isCurrent && setSets(page.items),
      () => isCurrent && setSets([]),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return { sets: sets ?? [], isLoading: sets === undefined };
}
