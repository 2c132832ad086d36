import { ApiError } from './api-error.ts';

/**
 * The error with each field problem pointing at the form field `fieldOf` names for its pointer
 * (`/body/<form field>`), so `useShowProblem` shows it under that input; a problem no input shows keeps
 * its pointer and goes into the message. Anything but an ApiError is returned as it is.
 */
export function withFieldPointers(error: unknown, fieldOf: (pointer: string) => string | undefined): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    code: error.code,
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance: error.instance,
    errors: error.errors.map((problem) => {
      const field = fieldOf(problem.pointer);
      return field ? { ...problem, pointer: `/body/${field}` } : problem;
    }),
  });
}
