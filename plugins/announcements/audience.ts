import type { EntityManager } from '@mikro-orm/postgresql';
import { type FieldProblem, type MemberAudience, membersInAudience } from '@tessera/core/sdk';

/** What another plugin adds to the `audience-kinds` extension point, e.g. dealers or sales regions. */
export interface AudienceKind {
  /** The audience key, e.g. `regions`; its value is a list of ids. */
  readonly kind: string;
  readonly title: { readonly 'zh-CN': string; readonly 'en-US': string };
  /** The user ids of the company's members the given ids stand for. */
  readonly resolve: (em: EntityManager, ids: readonly string[]) => Promise<string[]>;
}

/** `{ all: true }`, or role keys, departments and extension kinds, each a list. */
export type Audience = MemberAudience & Readonly<Record<string, unknown>>;

const coreKinds = ['all', 'roles', 'departments'];

export function audienceProblems(audience: Audience, kinds: readonly AudienceKind[]): FieldProblem[] {
  const known = [...coreKinds, ...kinds.map((k) => k.kind)];
  return Object.keys(audience)
    .filter((key) => !known.includes(key))
    .map((key) => ({ pointer: `/body/audience/${key}`, code: 'unknown-audience', message: `“${key}” is not an audience kind here` }));
}

/** Every member the audience reaches, each once. */
export async function audienceMembers(em: EntityManager, audience: Audience, kinds: readonly AudienceKind[]): Promise<string[]> {
  const members = new Set(await membersInAudience(em, audience));
  for (const kind of kinds) {
    const ids = audience[kind.kind];
    if (Array.isArray(ids) && ids.length > 0) for (const user of await kind.resolve(em, ids as string[])) members.add(user);
  }
  return [...members];
}
