import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../http/core-errors.ts';
import { IdempotencyKeyReusedError } from './order-errors.ts';

const keyPattern = /^[\x21-\x7e]{1,100}$/;

/** The request's `Idempotency-Key` header, checked; undefined when it has none. */
export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !keyPattern.test(key)) {
    throw new ValidationFailedError({}, {
      fieldProblems: [{ pointer: '/headers/idempotency-key', code: 'invalid', message: '1–100 visible ASCII characters' }],
    });
  }
  return key;
}

export const requestHash = (body: unknown): string => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/**
 * The order an earlier request with the same key made, in the bound company (call it under the company's
 * order lock); the same key with a different body is refused rather than silently answered.
 */
export async function orderOfKey(em: EntityManager, key: string, hash: string): Promise<string | undefined> {
  const [row] = await em.execute<{ id: string; request_hash: string }[]>(
    'SELECT id, request_hash FROM module_orders WHERE idempotency_key = ?',
    [key],
  );
  if (!row) return undefined;
  if (row.request_hash !== hash) throw new IdempotencyKeyReusedError({});
  return row.id;
}

export async function rememberKey(em: EntityManager, orderId: string, key: string, hash: string): Promise<void> {
  await em.execute('UPDATE module_orders SET idempotency_key = ?, request_hash = ? WHERE id = ?', [key, hash, orderId]);
}
