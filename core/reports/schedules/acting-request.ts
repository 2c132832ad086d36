import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadAccessContext } from '../../access/access-context.ts';
import { buildRequestAccess } from '../../access/build-request-access.ts';
import type { Principal } from '../../auth/principal.ts';
import { defaultLocale, isLocale } from '../../i18n/translate.ts';
import { ScheduleAuthorUnavailableError } from './schedule-errors.ts';

/**
 * What the report engine reads of a request, for a job acting as `userId`: their current roles, data
 * scope and field rules in the company `em` is bound to (a transaction bound to that company and user),
 * loaded the way a session request loads them. A user who left the company or was disabled has none.
 */
export async function actingRequest(app: FastifyInstance, em: EntityManager, tenantId: string, userId: string): Promise<FastifyRequest> {
  const [user] = await em.execute<{ locale: string; is_disabled: boolean }[]>('SELECT locale, is_disabled FROM users WHERE id = ?', [userId]);
  const context = user && !user.is_disabled ? await loadAccessContext(em, tenantId, userId) : null;
  if (!context) throw new ScheduleAuthorUnavailableError({});
  const locale = user && isLocale(user.locale) ? user.locale : defaultLocale;
  const principal: Principal = {
    kind: 'session',
    userId,
    tenantId,
    roles: context.roles,
    locale,
    access: buildRequestAccess(context, userId, app.subjects),
  };
  // the report engine reads only em, principal, locale and server of a request (core/reports/*); this
  // object has exactly those, so the cast is safe for that use and for no other
  return { em, principal, locale, server: app } as unknown as FastifyRequest;
}
