import type pg from 'pg';
import { digest, randomSecret } from '../auth/secret-tokens.ts';
import { operatorCsrfToken } from './operator-cookie.ts';

/**
 * An operator session lasts 12 hours from sign-in and is not extended by use: operator rights reach every
 * company, so a forgotten console signs itself out within a working day, whatever SESSION_TTL_HOURS says
 * for tenant users.
 */
export const operatorSessionHours = 12;

export interface OperatorAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
}

export interface StartedOperatorSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Stores a new session (its digest only) and drops every expired one. */
export async function startOperatorSession(client: pg.ClientBase, operatorId: string): Promise<StartedOperatorSession> {
  const token = randomSecret();
  const expiresAt = new Date(Date.now() + operatorSessionHours * 3_600_000);
  await client.query('DELETE FROM operator_sessions WHERE expires_at <= now()');
  await client.query('INSERT INTO operator_sessions (token_hash, operator_id, expires_at) VALUES ($1, $2, $3)', [
    digest(token),
    operatorId,
    expiresAt,
  ]);
  return { token, csrfToken: operatorCsrfToken(token), expiresAt };
}

/** The operator a session cookie belongs to, while the session runs and the account is not disabled. */
export async function findOperatorSession(client: pg.ClientBase, token: string): Promise<OperatorAccount | undefined> {
  const { rows } = await client.query<{ id: string; email: string; display_name: string }>(
    `SELECT o.id, o.email, o.display_name FROM operator_sessions s JOIN operators o ON o.id = s.operator_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND o.disabled_at IS NULL`,
    [digest(token)],
  );
  const row = rows[0];
  return row ? { id: row.id, email: row.email, displayName: row.display_name } : undefined;
}

export async function endOperatorSession(client: pg.ClientBase, sessionHash: Buffer): Promise<void> {
  await client.query('DELETE FROM operator_sessions WHERE token_hash = $1', [sessionHash]);
}
