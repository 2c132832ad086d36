import { DomainError } from '../http/domain-error.ts';

export class PluginRequirementsDisabledError extends DomainError<{ plugin: string; missing: string }> {
  static override readonly code = 'plugin-requirements-disabled';
  static override readonly status = 409;
}
export class PluginRequiredError extends DomainError<{ plugin: string; requiredBy: string }> {
  static override readonly code = 'plugin-required';
  static override readonly status = 409;
}
