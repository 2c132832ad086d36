/*
 * The company a sign-in page is for, so that plugins can show that company's sign-in widgets (notices
 * pinned to its sign-in page): `?tenant=<slug>` in the URL, else the company this browser last signed in to.
 */

const storageKey = 'tessera.sign-in-tenant';

/** The server's rule for a company slug (core/tenancy): anything else names no company. */
const slugPattern = /^[a-z0-9][a-z0-9-]{2,39}$/;

export function isCompanySlug(value: unknown): value is string {
  return typeof value === 'string' && slugPattern.test(value);
}

/**
 * The URL's company when it names one, else the remembered one. A URL that names a malformed slug gets
 * none: it asked for a particular company, and another's notices would mislead.
 */
export function signInTenantOf(fromUrl: string | null, remembered: string | null): string | undefined {
  if (fromUrl !== null && fromUrl !== '') return isCompanySlug(fromUrl) ? fromUrl : undefined;
  return isCompanySlug(remembered) ? remembered : undefined;
}

export function rememberedTenant(): string | null {
  return window.localStorage.getItem(storageKey);
}

/** After a successful sign-in: the company signed in to is the sign-in page's company next time. */
export function rememberTenant(slug: string): void {
  if (isCompanySlug(slug)) window.localStorage.setItem(storageKey, slug);
}
