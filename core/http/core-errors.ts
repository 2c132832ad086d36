import { DomainError } from './domain-error.ts';

export class ValidationFailedError extends DomainError {
  static override readonly code = 'validation-failed';
  static override readonly status = 400;
}
export class MalformedBodyError extends DomainError {
  static override readonly code = 'malformed-body';
  static override readonly status = 400;
}
export class BodyTooLargeError extends DomainError<{ limit: number }> {
  static override readonly code = 'body-too-large';
  static override readonly status = 413;
}
export class UnsupportedMediaTypeError extends DomainError {
  static override readonly code = 'unsupported-media-type';
  static override readonly status = 415;
}
export class UnauthenticatedError extends DomainError {
  static override readonly code = 'unauthenticated';
  static override readonly status = 401;
}
export class ForbiddenError extends DomainError<{ action: string; subject: string }> {
  static override readonly code = 'forbidden';
  static override readonly status = 403;
}
/** A plugin's route, for a tenant that has not enabled the plugin. */
export class ModuleNotEnabledError extends DomainError<{ plugin: string }> {
  static override readonly code = 'module-not-enabled';
  static override readonly status = 403;
}
export class CsrfTokenInvalidError extends DomainError {
  static override readonly code = 'csrf-token-invalid';
  static override readonly status = 403;
}
export class NotFoundError extends DomainError<{ resource: string }> {
  static override readonly code = 'not-found';
  static override readonly status = 404;
}
export class RouteNotFoundError extends DomainError<{ method: string; path: string }> {
  static override readonly code = 'route-not-found';
  static override readonly status = 404;
}
export class RateLimitedError extends DomainError<{ retryAfterSeconds: number }> {
  static override readonly code = 'rate-limited';
  static override readonly status = 429;
}
export class DatabaseUnavailableError extends DomainError {
  static override readonly code = 'database-unavailable';
  static override readonly status = 503;
}
export class InternalError extends DomainError<{ requestId: string }> {
  static override readonly code = 'internal-error';
  static override readonly status = 500;
}
