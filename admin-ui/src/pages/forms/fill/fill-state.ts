import { ApiError } from '../../../api/api-error.ts';
import { type FormSettingsValues, isOpenAt } from '../designer/form-settings-values.ts';

/** Why a member cannot fill a form in right now. */
export type FillBlock = 'not-published' | 'closed' | 'forbidden' | 'already-submitted';

/**
 * What the fill-in page can tell before anyone types: an unpublished form, one outside its opening
 * times, one the member may not submit to (no right to, or none of its submitter roles), and a
 * one-per-member form they have filled in already. The server decides again on submitting.
 */
export function fillBlockOf(state: {
  latestVersion: number | null;
  settings: FormSettingsValues;
  now: Date;
  maySubmit: boolean;
  roles: readonly string[];
  hasSubmitted: boolean;
}): FillBlock | undefined {
  if (state.latestVersion === null) return 'not-published';
  const { settings } = state;
  if (!state.maySubmit) return 'forbidden';
  if (settings.submitterRoles.length > 0 && !settings.submitterRoles.some((role) => state.roles.includes(role))) return 'forbidden';
  if (!isOpenAt(settings, state.now)) return 'closed';
  if (settings.onePerUser && state.hasSubmitted) return 'already-submitted';
  return undefined;
}

/** The block a refused submission reveals (the form closed or was filled in meanwhile), if any. */
export function fillBlockOfProblem(error: unknown): FillBlock | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'form-closed') return 'closed';
  if (error.code === 'form-already-submitted') return 'already-submitted';
  if (error.code === 'form-not-published') return 'not-published';
  return error.status === 403 ? 'forbidden' : undefined;
}

/**
 * The problems of a refused submission with their pointers into the data (`/body/data/store` →
 * `/body/store`), the shape the schema form's error placement reads.
 */
export function withDataPointers(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.errors.length === 0) return error;
  const errors = error.errors.map((problem) =>
    problem.pointer === '/body/data' || problem.pointer.startsWith('/body/data/')
      ? { ...problem, pointer: `/body${problem.pointer.slice('/body/data'.length)}` }
      : problem,
  );
  return new ApiError({ code: error.code, title: error.title, status: error.status, detail: error.detail, instance: error.instance, errors });
}
