import type { FastifyRequest } from 'fastify';
import { assertFileReferences } from './assert-file-references.ts';
import { assertRecordReferences } from './assert-record-references.ts';
import { expandOptionSets } from './expand-option-sets.ts';
import type { FormVersion } from './form-store.ts';
import { checkFormDefinition, validateSubmission } from './validate-submission.ts';

/**
 * A form schema as saved: checked by the hostile-safe rules (draft-07, no remote `$ref`, limits, RE2
 * patterns; problems under /body/schema), with the size caps it lacked added.
 */
export function checkedFormSchema(req: FastifyRequest, schema: Record<string, unknown>): Record<string, unknown> {
  return checkFormDefinition(schema, req.locale);
}

/**
 * Refuses data the published version's schema does not accept (problems under /body/data), as the
 * browser does, with its option sets' current values (disabled ones only for correcting old data), and
 * data naming a file (`x-widget: file`/`image`) the company does not have or a record (`x-widget:
 * record`) the submitter may not read.
 */
export async function assertFormData(
  req: FastifyRequest,
  version: FormVersion,
  data: Record<string, unknown>,
  options: { includeDisabled?: boolean } = {},
): Promise<Record<string, unknown>> {
  // titles do not change what is valid: expand in one language so the compiled validator is reused
  const schema = await expandOptionSets(req.em, version.schema, 'zh-CN', options.includeDisabled ?? false);
  const valid = validateSubmission({ formId: version.formId, version: version.version, schema, data, locale: req.locale });
  await assertFileReferences(req, schema, valid);
  await assertRecordReferences(req, schema, valid);
  return valid;
}
