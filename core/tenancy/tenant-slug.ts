import { randomBytes } from 'node:crypto';

/** A URL-safe company handle: the name's Latin words when it has any, always with a random tail. */
export function newTenantSlug(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  const tail = randomBytes(4).toString('hex');
  return latin.length >= 2 ? `${latin}-${tail}` : `co-${tail}`;
}
