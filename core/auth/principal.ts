import type { RequestAccess } from '../access/request-access.ts';
import type { Locale } from '../i18n/translate.ts';

/** Who a request acts for. A session and an API token are checked the same way from here on. */
export interface Principal {
  readonly kind: 'session' | 'token';
  readonly userId: string;
  readonly tenantId: string;
  /** Keys of the roles in force: a member's roles, or an API token's one role. */
  readonly roles: readonly string[];
  readonly locale: Locale;
  readonly access: RequestAccess;
  readonly sessionId?: string;
  readonly tokenId?: string;
  readonly csrfToken?: string;
}
