import type { SignInBody } from '@tessera/schemas/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Membership } from '../tenancy/entities/membership.ts';
import { User } from './entities/user.ts';
import { InvalidCredentialsError, NoTenantError, SignInLockedError } from './errors.ts';
import { normaliseLogin } from './login-identifier.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import { startSession } from './sessions.ts';
import { clearFailedSignIns, recordFailedSignIn, secondsUntil } from './sign-in-lockout.ts';

/** Checks the password (with lock-out) and starts a session in the user's last-used tenant. */
export async function signIn(req: FastifyRequest, reply: FastifyReply, body: SignInBody) {
  const db = req.server.db;
  const login = normaliseLogin(body.login);
  const lookup = db.entityManager({ tenantId: null, userId: null });
  const user = await lookup.findOne(User, login.email ? { email: login.email } : { mobile: login.mobile ?? '' }, {
    populate: ['passwordHash'],
  });
  const now = new Date();
  if (!user || user.isDisabled) {
    await burnPasswordCheck(body.password);
    throw new InvalidCredentialsError({});
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const retryAfterSeconds = secondsUntil(user.lockedUntil, now);
    throw new SignInLockedError({ retryAfterSeconds }, { headers: { 'retry-after': String(retryAfterSeconds) } });
  }
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    await recordFailedSignIn(lookup, user.id);
    throw new InvalidCredentialsError({});
  }
  return db.transaction({ tenantId: null, userId: user.id }, async (em) => {
    if (user.failedSignIns > 0 || user.lockedUntil) await clearFailedSignIns(em, user.id);
    const memberships = await em.find(
      Membership,
      { user: user.id },
      { filters: { tenant: false }, orderBy: { createdAt: 'asc' } },
    );
    const tenantId = memberships.find((m) => m.tenantId === user.lastTenantId)?.tenantId ?? memberships[0]?.tenantId;
    if (!tenantId) throw new NoTenantError({});
    const session = startSession(em, req, reply, { userId: user.id, tenantId });
    return { userId: user.id, tenantId, csrfToken: session.csrfToken };
  });
}
