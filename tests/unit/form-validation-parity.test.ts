import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { formValidator } from '../../admin-ui/src/forms/form-validator.ts';
import { validateSubmission } from '../../core/forms/validate-submission.ts';
import { DomainError } from '../../core/http/domain-error.ts';
import { formMessageKeys } from '../../schemas/form-validation/form-messages.ts';
import { formValidationCases } from '../fixtures/form-validation-cases.ts';

/** The server's answer: the field problems' pointers, or none when it accepts. */
function serverProblems(schema: Record<string, unknown>, data: Record<string, unknown>, formId: string): string[] {
  try {
    validateSubmission({ formId, version: 1, schema, data, locale: 'zh-CN' });
    return [];
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation-failed') throw error;
    return error.fieldProblems.map((problem) => problem.pointer);
  }
}

const browser = formValidator('zh-CN');

describe('the server and the browser give the same answer', () => {
  it('has a table of at least 30 cases, valid and invalid', () => {
    expect(formValidationCases.length).toBeGreaterThanOrEqual(30);
    expect(formValidationCases.filter((c) => c.isValid).length).toBeGreaterThanOrEqual(10);
    expect(formValidationCases.filter((c) => !c.isValid).length).toBeGreaterThanOrEqual(10);
  });

  it.each(formValidationCases.map((c, index) => ({ ...c, index })))('$name', ({ schema, data, isValid, pointers, index }) => {
    const server = serverProblems(schema, data, `case-${index}`);
    expect(server.length === 0).toBe(isValid);
    if (pointers) expect(server).toEqual(expect.arrayContaining(pointers));

    // as RJSF's Form validates on submit: the whole schema
    const submitted = browser.validateFormData(structuredClone(data), schema as RJSFSchema);
    expect(submitted.errors.length === 0).toBe(isValid);

    // as it validates live: the schema resolved against the data (refs, dependencies, if/then merged in)
    const resolved = createSchemaUtils(browser, schema as RJSFSchema).retrieveSchema(schema as RJSFSchema, data);
    expect(browser.validateFormData(structuredClone(data), resolved).errors.length === 0).toBe(isValid);
  });

  it('says what is wrong in the same words on both sides', () => {
    const schema = formValidationCases[0]?.schema ?? {};
    const data = { name: 'Zhang', mobile: '13800138000', age: 17 };
    let serverMessages: string[] = [];
    try {
      validateSubmission({ formId: 'messages', version: 1, schema, data, locale: 'en-US' });
    } catch (error) {
      serverMessages = error instanceof DomainError ? error.fieldProblems.map((problem) => problem.message) : [];
    }
    const browserMessages = formValidator('en-US').validateFormData(data, schema as RJSFSchema).errors.map((e) => e.message);
    expect(serverMessages.sort()).toEqual(['Has the wrong format', 'Must be at least 18']);
    expect(browserMessages.sort()).toEqual(serverMessages);
  });

  it('has every message in zh-CN and en-US', () => {
    expect(formMessageKeys('en-US').sort()).toEqual(formMessageKeys('zh-CN').sort());
  });
});
