import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadAccessContext } from '../../access/access-context.ts';
import { buildRequestAccess } from '../../access/build-request-access.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Locale } from '../../i18n/translate.ts';
import { ReportExportRequesterUnavailableError } from './report-export-errors.ts';

/** Who asked for an export: a member's session, or an API token (which acts with its own role). */
export interface Requester {
  tenantId: string;
  userId: string;
  tokenId: string | null;
  locale: Locale;
}

/** The principal a requester is now: their current roles, data scope and field rules, or none if they lost them. */
async function currentPrincipal(app: FastifyInstance, em: EntityManager, requester: Requester): Promise<Principal | undefined> {
  const { tenantId, userId, tokenId } = requester;
  if (tokenId) {
    const [token] = await em.execute<{ role: string; created_by: string; expires_at: Date | null; revoked_at: Date | null }[]>(
      'SELECT role, created_by, expires_at, revoked_at FROM api_tokens WHERE id = ?',
      [tokenId],
    );
    const live = token && !token.revoked_at && (!token.expires_at || new Date(token.expires_at) > app.clock.now());
    const context = live ? await loadAccessContext(em, tenantId, token.created_by, token.role) : undefined;
    if (!context) return undefined;
    return { kind: 'token', userId, tenantId, tokenId, roles: context.roles, locale: requester.locale, access: buildRequestAccess(context, userId, app.subjects) };
  }
  const [user] = await em.execute<{ is_disabled: boolean }[]>('SELECT is_disabled FROM users WHERE id = ?', [userId]);
  const context = user && !user.is_disabled ? await loadAccessContext(em, tenantId, userId) : undefined;
  if (!context) return undefined;
  return { kind: 'session', userId, tenantId, roles: context.roles, locale: requester.locale, access: buildRequestAccess(context, userId, app.subjects) };
}

/**
 * What the report engine reads of a request, for an export job acting as its requester: `em` must be a
 * transaction bound to the requester's company (and user, for a session), so RLS, their data scope and
 * their field rules apply as they would to a request of theirs now.
 */
export async function exportingRequest(app: FastifyInstance, em: EntityManager, requester: Requester): Promise<FastifyRequest> {
  const principal = await currentPrincipal(app, em, requester);
  if (!principal) throw new ReportExportRequesterUnavailableError({});
  // the report engine reads only em, principal, locale and server of a request (core/reports/*); this
  // object has exactly those, so the cast is safe for that use and for no other
  return { em, principal, locale: requester.locale, server: app } as unknown as FastifyRequest;
}
