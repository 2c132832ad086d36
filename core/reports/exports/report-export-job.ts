import { createHash } from 'node:crypto';
import type { DatasetResult } from '@tessera/schemas/dataset';
import type { ReportChart } from '@tessera/schemas/report';
import type { FastifyInstance } from 'fastify';
import type { Job, QueueOptions } from 'pg-boss';
import { v7 as uuidv7 } from 'uuid';
import { maxFileBytes } from '../../files/allowed-file-types.ts';
import { insertFile } from '../../files/file-store.ts';
import { ForbiddenError } from '../../http/core-errors.ts';
import { DomainError } from '../../http/domain-error.ts';
import { isUuid, type TenantBinding } from '../../tenancy/tenant-binding.ts';
import { findReport } from '../report-store.ts';
import { runSavedReport } from '../run-saved-report.ts';
import { exportingRequest, type Requester } from './exporting-request.ts';
import { renderReportFile } from './render-report-file.ts';
import { ReportExportFailedError, ReportExportReportDeletedError, ReportExportTooLargeError } from './report-export-errors.ts';
import { failReportExport, finishReportExport, findReportExport, type ReportExportRecord, updateReportExportProgress } from './report-export-store.ts';

export const reportExportJob = 'report-export';

export interface ReportExportJobData {
  tenantId: string;
  exportId: string;
}

const retryLimit = 2;
export const reportExportQueue: QueueOptions = { retryLimit, retryDelay: 5, retryBackoff: true, expireInSeconds: 15 * 60 };

/** Progress marks: the query is done at 40 %, the rows are written from there to 90 %, the file stored at 100 %. */
const queried = 40;
const written = 90;

interface Ran {
  title: string;
  chart: ReportChart;
  result: DatasetResult;
  timeZone: string;
}

const bindingOf = (tenantId: string, record: ReportExportRecord): TenantBinding => ({
  tenantId,
  // an API token's request is bound to its company only, as its requests are
  userId: record.tokenId ? null : record.requestedBy,
});

/** The saved report run now, with the requester's access now, in one transaction bound to them. */
async function runReport(app: FastifyInstance, tenantId: string, record: ReportExportRecord): Promise<Ran> {
  const requester: Requester = { tenantId, userId: record.requestedBy, tokenId: record.tokenId, locale: record.locale };
  return app.db.transaction(bindingOf(tenantId, record), async (em) => {
    const req = await exportingRequest(app, em, requester);
    if (!req.principal?.access.can('read', 'Report')) throw new ForbiddenError({ action: 'read', subject: 'Report' });
    const report = await findReport(em, record.reportId);
    if (!report) throw new ReportExportReportDeletedError({});
    const [zone] = await em.execute<{ time_zone: string }[]>('SELECT time_zone FROM tenants WHERE id = ?', [tenantId]);
    const result = await runSavedReport(req, report, record.options);
    // a saved chart was checked against reportChart when the report was saved or changed
    return { title: report.title, chart: report.chart as ReportChart, result, timeZone: zone?.time_zone ?? 'Asia/Shanghai' };
  });
}

/**
 * Runs one export: the report with the requester's access at the time of running, the file rendered
 * (progress written as rows are), stored in `files` for the requester, and the export marked done. A
 * problem the requester can act on (the report gone, a dataset no longer theirs, a field rule, too large)
 * fails it at once; anything else is retried, and fails it on the last try.
 */
export async function runReportExport(app: FastifyInstance, job: Job<ReportExportJobData>): Promise<void> {
  const { tenantId, exportId } = job.data;
  if (!isUuid(tenantId) || !isUuid(exportId)) return;
  const company = { tenantId, userId: null };
  const record = await app.db.transaction(company, (em) => findReportExport(em, exportId));
  if (!record || record.status === 'done' || record.status === 'failed') return;
  const binding = bindingOf(tenantId, record);
  const progress = (percent: number) => app.db.transaction(binding, (em) => updateReportExportProgress(em, exportId, 'running', percent));
  try {
    await progress(5);
    const ran = await runReport(app, tenantId, record);
    await progress(queried);
    // rows are written synchronously in chunks: progress writes queue up behind one another, never in parallel
    let reported = queried;
    let writes = Promise.resolve();
    const file = await renderReportFile({
      ...ran,
      format: record.format,
      locale: record.locale,
      generatedAt: app.clock.now(),
      onProgress: (fraction) => {
        const percent = queried + Math.floor((written - queried) * fraction);
        if (percent - reported < 10) return;
        reported = percent;
        writes = writes.then(() => progress(percent)).catch((error: unknown) => app.log.warn({ err: error, exportId }, 'export progress not written'));
      },
    });
    await writes;
    if (file.bytes.length > maxFileBytes) throw new ReportExportTooLargeError({ limit: maxFileBytes });
    const fileId = uuidv7();
    await app.db.transaction(binding, async (em) => {
      await insertFile(em, {
        id: fileId,
        name: file.fileName,
        contentType: file.contentType,
        size: file.bytes.length,
        tenantId,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        content: file.bytes,
        uploadedBy: record.requestedBy,
      });
      await finishReportExport(em, exportId, { fileId, rowCount: ran.result.rows.length });
    });
  } catch (error) {
    const known = error instanceof DomainError;
    if (!known) app.log.error({ err: error, exportId, attempt: job.retryCount }, 'report export failed');
    if (!known && job.retryCount < retryLimit) {
      // back in the line for the retry, so the requester does not watch a stalled bar
      await app.db
        .transaction(binding, (em) => updateReportExportProgress(em, exportId, 'queued', 0))
        .catch((reset: unknown) => app.log.warn({ err: reset, exportId }, 'export not put back in the queue'));
      throw error;
    }
    const problem = known ? error : new ReportExportFailedError({});
    await app.db.transaction(binding, (em) => failReportExport(em, exportId, { code: problem.code, vars: problem.vars }));
  }
}

/** Defines the export job on the app's queue (while the app is built, before the queue starts). */
export function defineReportExportJob(app: FastifyInstance): void {
  app.jobs.define<ReportExportJobData>(reportExportJob, { queue: reportExportQueue, concurrency: 2, run: (job) => runReportExport(app, job) });
}
