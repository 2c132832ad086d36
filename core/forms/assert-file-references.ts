import type { FastifyRequest } from 'fastify';
import { fileInfos } from '../files/file-store.ts';
import { ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { fileReferences } from './file-references.ts';

/**
 * Refuses data naming a file the company does not have (never uploaded, or another company's: RLS
 * hides those), one problem per reference under /body/data, before anything is stored.
 */
export async function assertFileReferences(req: FastifyRequest, schema: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  const references = fileReferences(schema, data);
  if (references.length === 0) return;
  const found = new Set((await fileInfos(req.em, [...new Set(references.map((r) => r.id))])).map((file) => file.id));
  const missing = references.filter((reference) => !found.has(reference.id));
  if (missing.length === 0) return;
  throw new ValidationFailedError(
    {},
    {
      fieldProblems: missing.map((reference) => ({
        pointer: `/body/data${reference.pointer}`,
        code: 'file-not-found',
        message: translate(req.locale, 'validation.file-not-found'),
      })),
    },
  );
}
