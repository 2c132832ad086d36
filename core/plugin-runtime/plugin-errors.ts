import { DomainError } from '../http/domain-error.ts';

export class PluginRequirementsDisabledError extends DomainError<{ plugin: string; missing: string }> {
  static override readonly code = 'plugin-requirements-disabled';
  static override readonly status = 409;
}
export class PluginRequiredError extends DomainError<{ plugin: string; requiredBy: string }> {
  static override readonly code = 'plugin-required';
  static override readonly status = 409;
}
/** The operator asked for a lifecycle step the platform refuses (a downgrade, uninstalling what is in use). */
export class PluginLifecycleRefusedError extends DomainError<{ reason: string }> {
  static override readonly code = 'plugin-lifecycle-refused';
  static override readonly status = 409;
}
