import { DomainError } from '../http/domain-error.ts';

/** A field the principal may not read, write, filter, sort or group by. */
export class FieldForbiddenError extends DomainError<{ field: string; subject: string; action: string }> {
  static override readonly code = 'field-forbidden';
  static override readonly status = 403;
}
export class RoleNotEditableError extends DomainError<{ role: string }> {
  static override readonly code = 'role-not-editable';
  static override readonly status = 403;
}
export class RoleInUseError extends DomainError<{ role: string }> {
  static override readonly code = 'role-in-use';
  static override readonly status = 409;
}
export class RoleKeyTakenError extends DomainError<{ role: string }> {
  static override readonly code = 'role-key-taken';
  static override readonly status = 409;
}
export class UnknownRoleError extends DomainError<{ role: string }> {
  static override readonly code = 'unknown-role';
  static override readonly status = 400;
}
export class RulesInvalidError extends DomainError {
  static override readonly code = 'rules-invalid';
  static override readonly status = 400;
}
export class DepartmentNotEmptyError extends DomainError {
  static override readonly code = 'department-not-empty';
  static override readonly status = 409;
}
export class DepartmentCycleError extends DomainError {
  static override readonly code = 'department-cycle';
  static override readonly status = 409;
}
export class DepartmentNameTakenError extends DomainError<{ name: string }> {
  static override readonly code = 'department-name-taken';
  static override readonly status = 409;
}
export class UnknownDepartmentError extends DomainError {
  static override readonly code = 'unknown-department';
  static override readonly status = 400;
}
export class UnknownAttributeError extends DomainError<{ attribute: string }> {
  static override readonly code = 'unknown-attribute';
  static override readonly status = 400;
}
