import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { saveFile } from '../../../components/save-file.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ReportRunOptions } from '../reports-api.ts';
import { type ExportFormat, type ReportExport, downloadExportFile, fetchExport, startExport } from './export-api.ts';

export interface ExportProgress {
  format: ExportFormat;
  job: ReportExport | undefined;
}

const pollMs = 1000;
const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * 导出: queues the export, follows it about once a second while the page shows its progress, then saves
 * the file. A server without exports yet (404) or a failed job says so in a message; leaving the page
 * stops the polling.
 */
export function useReportExport(reportId: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [progress, setProgress] = useState<ExportProgress | undefined>(undefined);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (format: ExportFormat, options: ReportRunOptions) => {
      setProgress({ format, job: undefined });
      try {
        let job = await startExport(reportId, format, options);
        while (alive.current && (job.status === 'queued' || job.status === 'running')) {
          setProgress({ format, job });
          await wait(pollMs);
          job = await fetchExport(job.id);
        }
        if (!alive.current) return;
        setProgress({ format, job });
        if (job.status === 'done' && job.file) {
          const { blob, fileName } = await downloadExportFile(job.file);
          saveFile(blob, fileName);
          void message.success(t('reports.export.done'));
        } else {
          void message.error(job.problem?.title ?? t('reports.export.failed'));
        }
      } catch (error) {
        if (!alive.current) return;
        // a server without the export routes yet answers route-not-found: say exports are not available
        if (error instanceof ApiError && error.code === 'route-not-found') {
          void message.error(t('reports.export.unavailable'));
        } else {
          showProblem(error);
        }
      } finally {
        if (alive.current) setProgress(undefined);
      }
    },
    [reportId, message, t, showProblem],
  );

  return { progress, run };
}
