import { DomainError } from '../http/domain-error.ts';

export class OptionSetKeyTakenError extends DomainError<{ key: string }> {
  static override readonly code = 'option-set-key-taken';
  static override readonly status = 409;
}
/** A set a module declares stays while the module is installed; its options can be disabled instead. */
export class OptionSetBuiltInError extends DomainError<{ set: string; plugin: string }> {
  static override readonly code = 'option-set-built-in';
  static override readonly status = 409;
}
export class OptionSetInUseError extends DomainError<{ set: string; count: number; where: string }> {
  static override readonly code = 'option-set-in-use';
  static override readonly status = 409;
}
export class OptionSetFullError extends DomainError<{ limit: number }> {
  static override readonly code = 'option-set-full';
  static override readonly status = 409;
}
export class OptionValueTakenError extends DomainError<{ value: string }> {
  static override readonly code = 'option-value-taken';
  static override readonly status = 409;
}
export class UnknownParentOptionError extends DomainError<{ value: string }> {
  static override readonly code = 'unknown-parent-option';
  static override readonly status = 400;
}
export class OptionCycleError extends DomainError<{ value: string }> {
  static override readonly code = 'option-cycle';
  static override readonly status = 409;
}
/** Deleting an option (or one of its sub-options) that records hold: disable it instead. */
export class OptionInUseError extends DomainError<{ value: string; count: number; where: string }> {
  static override readonly code = 'option-in-use';
  static override readonly status = 409;
}
export class OptionDeclaredError extends DomainError<{ value: string; plugin: string }> {
  static override readonly code = 'option-declared';
  static override readonly status = 409;
}
export class OptionReorderMismatchError extends DomainError {
  static override readonly code = 'option-reorder-mismatch';
  static override readonly status = 400;
}
/** An import file with problems: each one in `errors[]` with its pointer; nothing was saved. */
export class OptionImportInvalidError extends DomainError<{ count: number }> {
  static override readonly code = 'option-import-invalid';
  static override readonly status = 400;
}
