import { DriverException } from '@mikro-orm/core';
import { expect, it } from 'vitest';
import { loggableError } from '../../core/http/loggable-error.ts';

it('keeps the values of a failed statement out of the log', () => {
  const pgError = Object.assign(
    new Error(`insert into "users" ("password_hash") values ('$argon2id$v=19$secret') - duplicate key value`),
    { code: '23505', constraint: 'users_email_key', table: 'users' },
  );
  const logged = loggableError(new DriverException(pgError));
  expect(JSON.stringify(logged)).not.toContain('argon2id');
  expect(logged).toMatchObject({ sqlState: '23505' });
});

it('passes other errors through', () => {
  const error = new TypeError('x is undefined');
  expect(loggableError(error)).toBe(error);
});
