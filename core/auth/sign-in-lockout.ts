import type { EntityManager } from '@mikro-orm/postgresql';

export const lockout = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

/**
 * Counts a failed sign-in atomically (one conditional UPDATE, safe under concurrent guesses) and locks the
 * account for `lockMinutes` once `maxFailures` fall within `windowMinutes`. Keyed by the account, so a client
 * cannot escape it by changing address or cookies.
 */
export async function recordFailedSignIn(em: EntityManager, userId: string): Promise<void> {
  await em.execute(
    `UPDATE users SET
       failed_sign_ins = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - make_interval(mins => ?)
                              THEN 1 ELSE failed_sign_ins + 1 END,
       first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - make_interval(mins => ?)
                              THEN now() ELSE first_failed_at END,
       locked_until = CASE WHEN first_failed_at >= now() - make_interval(mins => ?) AND failed_sign_ins + 1 >= ?
                           THEN now() + make_interval(mins => ?) ELSE locked_until END
     WHERE id = ?`,
    [
      lockout.windowMinutes,
      lockout.windowMinutes,
      lockout.windowMinutes,
      lockout.maxFailures,
      lockout.lockMinutes,
      userId,
    ],
  );
}

export async function clearFailedSignIns(em: EntityManager, userId: string): Promise<void> {
  await em.execute('UPDATE users SET failed_sign_ins = 0, first_failed_at = NULL, locked_until = NULL WHERE id = ?', [
    userId,
  ]);
}

export function secondsUntil(date: Date, now: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 1000));
}
