import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '../auth/password.ts';
import { writeOperatorAudit } from './operator-audit.ts';

const cli = { operatorId: null, via: 'cli' } as const;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class OperatorAccountError extends Error {
  override name = 'OperatorAccountError';
}

export interface OperatorListing {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

/**
 * Creates an operator account with a generated password, which is returned once and stored only as its
 * argon2id hash. Operators are platform people, not members of any company: they sign in on the operator
 * console only.
 */
export async function createOperator(
  client: pg.ClientBase,
  input: { email: string; displayName?: string },
): Promise<{ operator: OperatorListing; password: string }> {
  const email = input.email.trim().toLowerCase();
  if (!emailPattern.test(email) || email.length > 254) throw new OperatorAccountError(`not an e-mail address: ${input.email}`);
  const displayName = (input.displayName ?? email.split('@')[0] ?? email).trim().slice(0, 60);
  if (displayName.length === 0) throw new OperatorAccountError('the display name must not be empty');
  const password = randomBytes(18).toString('base64url');
  const id = uuidv7();
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ created_at: Date }>(
      `INSERT INTO operators (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING created_at`,
      [id, email, displayName, await hashPassword(password)],
    );
    const row = rows[0];
    if (!row) throw new OperatorAccountError(`an operator with the e-mail ${email} exists already`);
    await writeOperatorAudit(client, cli, { action: 'operator.create', target: email, detail: { operatorId: id } });
    await client.query('COMMIT');
    return { operator: { id, email, displayName, createdAt: row.created_at, disabledAt: null }, password };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export async function listOperators(client: pg.ClientBase): Promise<OperatorListing[]> {
  const { rows } = await client.query<{ id: string; email: string; display_name: string; created_at: Date; disabled_at: Date | null }>(
    'SELECT id, email, display_name, created_at, disabled_at FROM operators ORDER BY email',
  );
  return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, createdAt: r.created_at, disabledAt: r.disabled_at }));
}

/** Disables an account and ends its sessions at once; its audit rows stay. False when there is no such account. */
export async function disableOperator(client: pg.ClientBase, email: string): Promise<boolean> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ id: string }>(
      'UPDATE operators SET disabled_at = coalesce(disabled_at, now()) WHERE email = $1 RETURNING id',
      [email.trim().toLowerCase()],
    );
    const row = rows[0];
    if (row) {
      await client.query('DELETE FROM operator_sessions WHERE operator_id = $1', [row.id]);
      await writeOperatorAudit(client, cli, { action: 'operator.disable', target: email.trim().toLowerCase(), detail: { operatorId: row.id } });
    }
    await client.query('COMMIT');
    return row !== undefined;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
