import { DomainError } from '../http/domain-error.ts';

export class InvalidCredentialsError extends DomainError {
  static override readonly code = 'invalid-credentials';
  static override readonly status = 401;
}
export class SignInLockedError extends DomainError<{ retryAfterSeconds: number }> {
  static override readonly code = 'sign-in-locked';
  static override readonly status = 429;
}
export class AccountExistsError extends DomainError {
  static override readonly code = 'account-exists';
  static override readonly status = 409;
}
export class NoTenantError extends DomainError {
  static override readonly code = 'no-tenant';
  static override readonly status = 403;
}
export class SessionRequiredError extends DomainError {
  static override readonly code = 'session-required';
  static override readonly status = 403;
}
export class InvitationInvalidError extends DomainError {
  static override readonly code = 'invitation-invalid';
  static override readonly status = 404;
}
export class AlreadyMemberError extends DomainError {
  static override readonly code = 'already-member';
  static override readonly status = 409;
}
export class RoleNotGrantableError extends DomainError<{ role: string }> {
  static override readonly code = 'role-not-grantable';
  static override readonly status = 403;
}
export class LastOwnerError extends DomainError {
  static override readonly code = 'last-owner';
  static override readonly status = 409;
}
