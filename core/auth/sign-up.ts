import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SignUpBody } from '@tessera/schemas/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { defaultLocale } from '../i18n/translate.ts';
import { createCompany } from '../tenancy/create-company.ts';
import { AccountExistsError } from './errors.ts';
import { normaliseLogin } from './login-identifier.ts';
import { hashPassword } from './password.ts';
import { startSession } from './sessions.ts';

/** Creates a company, its owner account and a signed-in session, all in one transaction. */
export async function signUp(req: FastifyRequest, reply: FastifyReply, body: SignUpBody) {
  const tenantId = uuidv7();
  const userId = uuidv7();
  const company = {
    tenantId,
    userId,
    tenantName: body.tenantName,
    displayName: body.displayName,
    email: body.email ? (normaliseLogin(body.email).email ?? null) : null,
    mobile: body.mobile ? (normaliseLogin(body.mobile).mobile ?? null) : null,
    passwordHash: await hashPassword(body.password),
    locale: body.locale ?? defaultLocale,
  };
  try {
    return await req.server.db.transaction({ tenantId, userId }, async (em) => {
      await createCompany(em, company);
      const session = startSession(em, req, reply, { userId, tenantId });
      return { userId, tenantId, csrfToken: session.csrfToken };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AccountExistsError({});
    throw error;
  }
}
