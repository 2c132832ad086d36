import { LockMode } from '@mikro-orm/core';
import type { InvitationAccept } from '@tessera/schemas/invitation';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { ValidationFailedError } from '../http/core-errors.ts';
import { isLocale, translate } from '../i18n/translate.ts';
import { postMessage } from '../messages/post-message.ts';
import { setMemberRoles } from '../access/member-roles.ts';
import { Membership } from '../tenancy/entities/membership.ts';
import { Invitation } from './entities/invitation.ts';
import { User } from './entities/user.ts';
import { AlreadyMemberError, InvalidCredentialsError, InvitationInvalidError } from './errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { digest, parseTenantSecret } from './secret-tokens.ts';
import { startSession } from './sessions.ts';
import { recordFailedSignIn } from './sign-in-lockout.ts';
import { invitationStatus } from './views/invitation-view.ts';

/**
 * Turns a pending invitation into a membership, creating the account when the e-mail has none (an
 * existing account proves itself with its password), and signs the invitee in. The token works once:
 * the invitation row is locked while it is used.
 */
export async function acceptInvitation(req: FastifyRequest, reply: FastifyReply, body: InvitationAccept) {
  const parsed = parseTenantSecret('inv', body.token);
  if (!parsed) throw new InvitationInvalidError({});
  const tenantId = parsed.tenantId;
  return req.server.db.transaction({ tenantId, userId: null }, async (em) => {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: digest(body.token) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!invitation || invitationStatus(invitation, new Date()) !== 'pending') throw new InvitationInvalidError({});
    let user = await em.findOne(User, { email: invitation.email }, { populate: ['passwordHash'] });
    if (user) {
      if (user.isDisabled || !(await verifyPassword(user.passwordHash, body.password))) {
        if (user && !user.isDisabled) await recordFailedSignIn(em, user.id);
        throw new InvalidCredentialsError({});
      }
      if (await em.count(Membership, { user: user.id })) throw new AlreadyMemberError({});
    } else {
      if (!body.displayName) {
        const message = translate(req.locale, 'validation.required');
        throw new ValidationFailedError(
          {},
          { fieldProblems: [{ pointer: '/body/displayName', code: 'required', message }] },
        );
      }
      user = em.create(User, {
        id: uuidv7(),
        email: invitation.email,
        mobile: null,
        displayName: body.displayName,
        locale: req.locale,
        passwordHash: await hashPassword(body.password),
        isDisabled: false,
        failedSignIns: 0,
        lastTenantId: null,
      });
      await em.flush();
    }
    em.create(Membership, { tenantId, user: user.id, attributes: {} });
    invitation.acceptedAt = new Date();
    invitation.acceptedBy = user.id;
    await em.flush();
    await setMemberRoles(em, tenantId, user.id, [invitation.role]);
    await notifyInviter(em, tenantId, invitation.invitedBy, user.displayName);
    await em.nativeUpdate(User, { id: user.id }, { lastTenantId: tenantId });
    const session = startSession(em, req, reply, { userId: user.id, tenantId });
    return { userId: user.id, tenantId, csrfToken: session.csrfToken };
  });
}

async function notifyInviter(
  em: Parameters<typeof postMessage>[0],
  tenantId: string,
  inviterId: string | null | undefined,
  displayName: string,
) {
  if (!inviterId) return;
  const inviter = await em.findOne(Membership, { user: inviterId }, { populate: ['user'] });
  if (!inviter) return;
  postMessage(em, {
    tenantId,
    recipientId: inviterId,
    recipientLocale: isLocale(inviter.user.locale) ? inviter.user.locale : 'zh-CN',
    category: 'system',
    key: 'messages.member-joined',
    vars: { displayName },
  });
}
