import type { FastifyRequest } from 'fastify';
import { accessOf } from '../access/scoped/access-of.ts';
import { coreDataset, coreDatasetEntries, coreDatasetPrefix } from './core-datasets.ts';
import type { Dataset } from './dataset.ts';
import { formDataset, formDatasetEntries, formDatasetPrefix } from './form-datasets.ts';
import { pluginDataset, pluginDatasetEntries } from './plugin-datasets.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The datasets the reader may build reports on: the core's (all submissions, the audit log) and their
 * enabled modules' over subjects they may read, and, if they may read submissions, every published form's.
 */
export async function availableDatasets(req: FastifyRequest): Promise<{ key: string; title: string; source: Dataset['source'] }[]> {
  const core = coreDatasetEntries(req).map(({ key, title }) => ({ key, title, source: 'core' as const }));
  const plugins = pluginDatasetEntries(req).map(({ key, title }) => ({ key, title, source: 'plugin' as const }));
  const forms = accessOf(req).can('read', 'FormSubmission') ? (await formDatasetEntries(req)).map((entry) => ({ ...entry, source: 'form' as const })) : [];
  return [...core, ...plugins, ...forms];
}

/** One dataset described for the reader, or undefined when there is none they may read. */
export async function findDataset(req: FastifyRequest, key: string): Promise<Dataset | undefined> {
  if (key.startsWith(formDatasetPrefix)) {
    const formId = key.slice(formDatasetPrefix.length);
    return uuidPattern.test(formId) && accessOf(req).can('read', 'FormSubmission') ? formDataset(req, formId) : undefined;
  }
  if (key.startsWith(coreDatasetPrefix)) return coreDataset(req, key);
  return pluginDataset(req, key);
}
