import type { SignedUp } from './test-client.ts';

/** The tenant binding of a signed-up company's owner, for opening transactions as that owner. */
export const bindingOf = (who: SignedUp) => ({ tenantId: who.session.tenant.id, userId: who.session.user.id });

/** `listPage` options for the first 20 of the owner's messages, newest first (a compiled, hot statement). */
export const inboxPage = (who: SignedUp) => ({
  where: { recipientId: who.session.user.id },
  fields: ['id', 'title'] as ('id' | 'title')[],
  orderBy: [{ createdAt: 'desc' as const }],
  limit: 20,
  offset: 0,
});
