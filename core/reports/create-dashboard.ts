import type { DashboardView } from '@tessera/schemas/dashboard';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { audit, changedFields } from '../audit/write-audit.ts';
import { assertDashboardFits } from './dashboard-checks.ts';
import { type DashboardValues, findDashboard, insertDashboard } from './dashboard-store.ts';

export const auditedDashboardFields = ['title', 'description', 'widgets', 'filters', 'refreshSeconds', 'defaultForRoles'];

/** Saves a dashboard that fits (its reports, bindings and roles checked, with pointers), audited as `dashboard.create`. */
export async function createDashboard(req: FastifyRequest, values: DashboardValues, detail?: Record<string, unknown>): Promise<DashboardView> {
  await assertDashboardFits(req, values);
  const id = uuidv7();
  await insertDashboard(req.em, { ...values, tenantId: req.principal?.tenantId ?? '', id, createdBy: req.principal?.userId ?? '' });
  await audit(req, {
    action: 'dashboard.create',
    subject: 'Dashboard',
    recordId: id,
    changes: changedFields(null, values, auditedDashboardFields),
    ...(detail ? { detail } : {}),
  });
  const dashboard = await findDashboard(req.em, id);
  if (!dashboard) throw new Error(`dashboard ${id} vanished after insert`);
  return dashboard;
}
