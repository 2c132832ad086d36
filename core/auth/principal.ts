import type { BuiltInRole } from '../access/built-in-roles.ts';
import type { Locale } from '../i18n/translate.ts';

/** Who a request acts for. A session and an API token are checked the same way from here on. */
export interface Principal {
  readonly kind: 'session' | 'token';
  readonly userId: string;
  readonly tenantId: string;
  readonly role: BuiltInRole;
  readonly locale: Locale;
  readonly sessionId?: string;
  readonly tokenId?: string;
  readonly csrfToken?: string;
}
