import { useEffect, useMemo, useState } from 'react';
import { fetchOptionSet, type OptionView } from '../../../api/option-sets-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { type OptionChoice, optionChoicesOf } from './expand-options.ts';

/**
 * The choices of each named option set (`GET /api/option-sets/:key`), fetched once per key and
 * labelled in the reader's language: what a draft's preview expands `x-options` with. A set that
 * cannot be read is left out, and its field shows as plain text until it can.
 */
export function useOptionChoices(keys: readonly string[]): ReadonlyMap<string, OptionChoice[]> {
  const { locale } = useI18n();
  const [sets, setSets] = useState<ReadonlyMap<string, OptionView[] | null>>(new Map());
  const wanted = keys.join('\n');

  useEffect(() => {
    const missing = wanted.split('\n').filter((key) => key !== '' && !sets.has(key));
    if (missing.length === 0) return;
    let isCurrent = true;
    void Promise.all(
      missing.map((key) =>
        fetchOptionSet(key).then(
          (set) => [key, set.options] as const,
          () => [key, null] as const,
        ),
      ),
    ).then((found) => {
      if (isCurrent) setSets((known) => new Map([...known, ...found]));
    });
    return () => {
      isCurrent = false;
    };
  }, [wanted, sets]);

  return useMemo(() => {
    const choices = new Map<string, OptionChoice[]>();
    for (const [key, options] of sets) if (options) choices.set(key, optionChoicesOf(options, locale));
    return choices;
  }, [sets, locale]);
}
