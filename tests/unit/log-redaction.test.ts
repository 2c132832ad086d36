import { expect, it } from 'vitest';
import { redactUrl } from '../../core/http/log-redaction.ts';

it('keeps invitation tokens out of logged URLs', () => {
  const token = 'inv_0123456789abcdef0123456789abcdef_secretsecretsecretsecretsecretsecretsecret1';
  expect(redactUrl(`/api/invitations/by-token/${token}`)).toBe('/api/invitations/by-token/[redacted]');
  expect(redactUrl(`/accept-invite?token=${token}&x=1`)).toBe('/accept-invite?token=[redacted]&x=1');
  expect(redactUrl('/api/users?page=2')).toBe('/api/users?page=2');
});
