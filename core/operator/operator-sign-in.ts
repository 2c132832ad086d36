import type { OperatorSessionView, OperatorSignIn } from '@tessera/schemas/operator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { InvalidCredentialsError, SignInLockedError } from '../auth/errors.ts';
import { burnPasswordCheck, verifyPassword } from '../auth/password.ts';
import { lockout } from '../auth/sign-in-lockout.ts';
import { writeOperatorAudit } from './operator-audit.ts';
import { setOperatorCookie } from './operator-cookie.ts';
import { startOperatorSession } from './operator-sessions.ts';

interface OperatorRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
}

/**
 * Seconds until the account may try again, when it had `lockout.maxFailures` failed sign-ins within
 * `lockout.windowMinutes` since its last good one; else 0. The failures are the audit log's own rows,
 * keyed by the account, so a client cannot escape the lock by changing address.
 */
async function lockedForSeconds(client: pg.ClientBase, operatorId: string): Promise<number> {
  const { rows } = await client.query<{ failures: number; wait: number | null }>(
    `SELECT count(*)::int AS failures,
            ceil(extract(epoch FROM max(created_at) + make_interval(mins => $2) - now()))::int AS wait
       FROM operator_audit_log
      WHERE operator_id = $1 AND action = 'operator.sign-in-failed' AND created_at > now() - make_interval(mins => $3)
        AND created_at > coalesce((SELECT max(created_at) FROM operator_audit_log
                                    WHERE operator_id = $1 AND action = 'operator.sign-in'), '-infinity')`,
    [operatorId, lockout.lockMinutes, lockout.windowMinutes],
  );
  const row = rows[0];
  return row && row.failures >= lockout.maxFailures ? Math.max(1, row.wait ?? 1) : 0;
}

/**
 * Checks an operator's password and starts a session (cookie `tessera_operator`). An unknown or disabled
 * account costs the same password check as a wrong password, so timing does not tell them apart. Both
 * good and failed sign-ins of an account are audited; five failures in 15 minutes lock it for 15.
 */
export async function signInOperator(req: FastifyRequest, reply: FastifyReply, body: OperatorSignIn): Promise<OperatorSessionView> {
  const app = req.server;
  const email = body.email.trim().toLowerCase();
  // a failed attempt is answered after its audit row commits: the lock-out counts those rows
  const outcome = await app.ownerDb.transaction(async (client): Promise<OperatorSessionView | 'invalid'> => {
    const { rows } = await client.query<OperatorRow>(
      'SELECT id, email, display_name, password_hash FROM operators WHERE email = $1 AND disabled_at IS NULL',
      [email],
    );
    const operator = rows[0];
    if (!operator) {
      await burnPasswordCheck(body.password);
      return 'invalid';
    }
    const actor = { operatorId: operator.id, via: 'session' } as const;
    const retryAfterSeconds = await lockedForSeconds(client, operator.id);
    if (retryAfterSeconds > 0) {
      throw new SignInLockedError({ retryAfterSeconds }, { headers: { 'retry-after': String(retryAfterSeconds) } });
    }
    if (!(await verifyPassword(operator.password_hash, body.password))) {
      await writeOperatorAudit(client, actor, { action: 'operator.sign-in-failed', target: operator.email, detail: { ip: req.ip } });
      return 'invalid';
    }
    const session = await startOperatorSession(client, operator.id);
    await writeOperatorAudit(client, actor, { action: 'operator.sign-in', target: operator.email, detail: { ip: req.ip } });
    setOperatorCookie(reply, session.token, session.expiresAt, app.appConfig.cookieSecure);
    return { operator: { id: operator.id, email: operator.email, displayName: operator.display_name }, csrfToken: session.csrfToken };
  });
  if (outcome === 'invalid') throw new InvalidCredentialsError({});
  return outcome;
}
