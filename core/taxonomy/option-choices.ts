import type { OptionView } from '@tessera/schemas/option-set';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptionSet } from './entities/option-set.ts';
import { optionsOf } from './option-set-store.ts';
import { inTreeOrder } from './domain/option-tree.ts';
import { toOptionView } from './views/option-set-view.ts';

/**
 * The options of the bound company's set `key`, in tree order (parents first, siblings in order), or
 * null when it has no such set: what forms expand `x-options: '<key>'` into. Disabled options are
 * included and marked, so stored values still show their label; offer only the enabled ones for new input.
 */
export async function optionChoices(em: EntityManager, key: string): Promise<OptionView[] | null> {
  if (!(await em.count(OptionSet, { key }))) return null;
  return inTreeOrder(await optionsOf(em, key)).map(({ option, depth }) => toOptionView(option, depth));
}
