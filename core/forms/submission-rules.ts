import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../http/core-errors.ts';
import { FormAlreadySubmittedError, FormClosedError } from './form-errors.ts';
import type { FormVersion } from './form-store.ts';
import { countSubmissionsBy } from './submission-store.ts';

/** Refuses a submission the version's settings do not allow: outside its window, a role it excludes, a second one. */
export async function assertMaySubmit(req: FastifyRequest, version: FormVersion): Promise<void> {
  const { settings } = version;
  const now = req.server.clock.now();
  if ((settings.opensAt && new Date(settings.opensAt) > now) || (settings.closesAt && new Date(settings.closesAt) <= now)) {
    throw new FormClosedError({ title: version.title });
  }
  const roles = settings.submitterRoles ?? [];
  if (roles.length > 0 && !roles.some((role) => req.principal?.access.context.roles.includes(role))) {
    throw new ForbiddenError({ action: 'create', subject: 'FormSubmission' });
  }
  if (settings.onePerUser && (await countSubmissionsBy(req.em, version.formId, req.principal?.userId ?? '')) > 0) {
    throw new FormAlreadySubmittedError({ title: version.title });
  }
}
