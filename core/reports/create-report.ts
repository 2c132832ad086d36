import type { ReportView } from '@tessera/schemas/report';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { audit, changedFields } from '../audit/write-audit.ts';
import { assertReportRuns } from './checked-report.ts';
import { findReport, insertReport, type ReportValues } from './report-store.ts';

export const auditedReportFields = ['title', 'description', 'dataset', 'query', 'chart'];

/** Saves a report its author could run now (refused with pointers otherwise), audited as `report.create`. */
export async function createReport(req: FastifyRequest, values: ReportValues, detail?: Record<string, unknown>): Promise<ReportView> {
  await assertReportRuns(req, values);
  const id = uuidv7();
  await insertReport(req.em, { ...values, tenantId: req.principal?.tenantId ?? '', id, createdBy: req.principal?.userId ?? '' });
  await audit(req, { action: 'report.create', subject: 'Report', recordId: id, changes: changedFields(null, { ...values }, auditedReportFields), ...(detail ? { detail } : {}) });
  const report = await findReport(req.em, id);
  if (!report) throw new Error(`report ${id} vanished after insert`);
  return report;
}
