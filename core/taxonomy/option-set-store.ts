import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../http/core-errors.ts';
import { Option } from './entities/option.ts';
import { OptionSet } from './entities/option-set.ts';

/** Options a set may hold: enough for a product attribute tree, small enough to handle in one piece. */
export const maxOptionsPerSet = 2000;

/** The set `key` of the bound company, or 404. */
export async function findOptionSet(em: EntityManager, key: string): Promise<OptionSet> {
  const set = await em.findOne(OptionSet, { key });
  if (!set) throw new NotFoundError({ resource: 'option set' });
  return set;
}

/**
 * The set `key`, locked until the request's transaction ends, and all its options: every change to a
 * set's options goes through here, so two requests cannot build a parent loop or pass the size limit
 * between them.
 */
export async function lockOptionSet(em: EntityManager, key: string): Promise<{ set: OptionSet; options: Option[] }> {
  const set = await em.findOne(OptionSet, { key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!set) throw new NotFoundError({ resource: 'option set' });
  return { set, options: await em.find(Option, { setKey: key }) };
}

export function optionsOf(em: EntityManager, key: string): Promise<Option[]> {
  return em.find(Option, { setKey: key });
}

/** Marks the set changed (its options are part of it), for "recently changed" in the list. */
export function touchOptionSet(set: OptionSet): void {
  set.updatedAt = new Date();
}
