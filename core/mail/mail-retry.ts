/** A mail that failed this many attempts is given up (status `failed`). */
export const maxMailAttempts = 5;

/**
 * How long to wait before the next attempt after `failedAttempts` failures: 1, 4, 16, then 64 minutes, so
 * a mail server that is down for maintenance is not hammered, and one down for hours gets the mail late
 * rather than never (its last attempt comes about 85 minutes after the first).
 */
export function mailRetryDelayMs(failedAttempts: number): number {
  return 60_000 * 4 ** Math.max(0, failedAttempts - 1);
}
