import type { FastifyRequest } from 'fastify';
import { accessOf } from '../access/scoped/access-of.ts';
import { AuditLogEntry } from '../audit/audit-log-entity.ts';
import { FormSubmission } from '../forms/form-submission-entity.ts';
import { translate } from '../i18n/translate.ts';
import type { Dataset, DatasetField } from './dataset.ts';

export const coreDatasetPrefix = 'core.';

/** A field whose rule name and property are its key. */
const plain = (key: string, title: string, type: DatasetField['type'], labels?: Readonly<Record<string, string>>): DatasetField => ({
  key,
  title,
  type,
  property: key,
  ruleField: key,
  ...(labels ? { labels } : {}),
});

const statusLabels = (req: FastifyRequest) =>
  Object.fromEntries(['submitted', 'reviewed', 'approved', 'rejected'].map((status) => [status, translate(req.locale, `forms.status.${status}`)]));

/** Every form's submissions at once: which form, when, in which status, by whom. */
async function formSubmissions(req: FastifyRequest): Promise<Dataset> {
  const forms = await req.em.execute<{ id: string; title: string }[]>('SELECT id, title FROM forms ORDER BY title LIMIT 1000');
  const t = (key: string) => translate(req.locale, `forms.export.${key}`);
  return {
    key: `${coreDatasetPrefix}form-submissions`,
    title: translate(req.locale, 'reports.dataset.form-submissions'),
    source: 'core',
    subject: 'FormSubmission',
    entity: FormSubmission,
    fields: [
      plain('formId', translate(req.locale, 'reports.field.form'), 'option', Object.fromEntries(forms.map((form) => [form.id, form.title]))),
      plain('submittedAt', t('submitted-at'), 'time'),
      plain('status', t('status'), 'option', statusLabels(req)),
      plain('submitterId', t('submitter'), 'string'),
    ],
  };
}

/** The company's audit log: who did what to which kind of record, when, and whether it was allowed. */
async function auditLog(req: FastifyRequest): Promise<Dataset> {
  const subjects = Object.fromEntries(req.server.subjects.subjects().map((subject) => [subject.key, subject.title[req.locale]]));
  const t = (key: string) => translate(req.locale, `reports.field.audit.${key}`);
  const outcomes = { ok: t('outcome.ok'), denied: t('outcome.denied') };
  return {
    key: `${coreDatasetPrefix}audit-log`,
    title: translate(req.locale, 'reports.dataset.audit-log'),
    source: 'core',
    subject: 'AuditLog',
    entity: AuditLogEntry,
    fields: [
      plain('occurredAt', t('occurred-at'), 'time'),
      plain('action', t('action'), 'string'),
      plain('subject', t('subject'), 'option', subjects),
      plain('actorUserId', t('actor'), 'string'),
      plain('outcome', t('outcome'), 'option', outcomes),
    ],
  };
}

const coreDatasets: Readonly<Record<string, { subject: string; titleKey: string; describe: (req: FastifyRequest) => Promise<Dataset> }>> = {
  'core.form-submissions': { subject: 'FormSubmission', titleKey: 'reports.dataset.form-submissions', describe: formSubmissions },
  'core.audit-log': { subject: 'AuditLog', titleKey: 'reports.dataset.audit-log', describe: auditLog },
};

/** The core's datasets over subjects the reader may read. */
export function coreDatasetEntries(req: FastifyRequest): { key: string; title: string }[] {
  const access = accessOf(req);
  return Object.entries(coreDatasets)
    .filter(([, dataset]) => access.can('read', dataset.subject))
    .map(([key, dataset]) => ({ key, title: translate(req.locale, dataset.titleKey) }));
}

export async function coreDataset(req: FastifyRequest, key: string): Promise<Dataset | undefined> {
  const dataset = Object.hasOwn(coreDatasets, key) ? coreDatasets[key] : undefined;
  return dataset && accessOf(req).can('read', dataset.subject) ? dataset.describe(req) : undefined;
}
