import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SignUpBody } from '@tessera/schemas/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { defaultLocale } from '../i18n/translate.ts';
import { postMessage } from '../messages/post-message.ts';
import { Membership } from '../tenancy/entities/membership.ts';
import { Tenant } from '../tenancy/entities/tenant.ts';
import { newTenantSlug } from '../tenancy/tenant-slug.ts';
import { User } from './entities/user.ts';
import { AccountExistsError } from './errors.ts';
import { normaliseLogin } from './login-identifier.ts';
import { hashPassword } from './password.ts';
import { startSession } from './sessions.ts';

/** Creates a company, its owner account and a signed-in session, all in one transaction. */
export async function signUp(req: FastifyRequest, reply: FastifyReply, body: SignUpBody) {
  const db = req.server.db;
  const email = body.email ? normaliseLogin(body.email).email : undefined;
  const mobile = body.mobile ? normaliseLogin(body.mobile).mobile : undefined;
  const passwordHash = await hashPassword(body.password);
  const locale = body.locale ?? defaultLocale;
  const tenantId = uuidv7();
  const userId = uuidv7();
  try {
    return await db.transaction({ tenantId, userId }, async (em) => {
      em.create(User, {
        id: userId,
        email: email ?? null,
        mobile: mobile ?? null,
        displayName: body.displayName,
        locale,
        passwordHash,
        isDisabled: false,
        failedSignIns: 0,
        lastTenantId: null,
      });
      em.create(Tenant, {
        id: tenantId,
        name: body.tenantName,
        slug: newTenantSlug(body.tenantName),
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        locale,
      });
      await em.flush();
      em.create(Membership, { tenantId, user: userId, role: 'owner' });
      await em.flush();
      postMessage(em, {
        tenantId,
        recipientId: userId,
        recipientLocale: locale,
        category: 'system',
        key: 'messages.welcome',
        vars: { tenantName: body.tenantName },
      });
      const session = startSession(em, req, reply, { userId, tenantId });
      await em.nativeUpdate(User, { id: userId }, { lastTenantId: tenantId });
      return { userId, tenantId, csrfToken: session.csrfToken };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AccountExistsError({});
    throw error;
  }
}
